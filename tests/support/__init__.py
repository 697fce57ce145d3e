"""What the tests share, one module a concern: the two users and their rows (`world`), the RLS expectations as
data (`rls_matrix`), the tier gates (`tiers`), the bookkeeping oracle (`bookkeeping`), the seed tests' options
and readings (`seeding`), throwaway clusters (`clusters`), where temporary files go (`scratch`), waiting on a
condition (`waiting`), the docker tier's throwaway engine and bridge (`docker_engine`, `docker_bridge`), and the
cli tier's Supabase CLI, project and recorded statement splits (`supabase_cli`, `cli_project`, `cli_splits`).

Nothing here is a test: pytest collects `tests/test_*.py` only, and a test module never imports another.
"""
