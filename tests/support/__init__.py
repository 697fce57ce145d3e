"""Helpers the tests share: the two users and their rows (`world`), the RLS expectations as data
(`rls_matrix`), the tier gates (`tiers`), the bookkeeping oracle (`bookkeeping`), the docker tier's throwaway
engine and bridge, the cli tier's Supabase CLI and project, and the CLI's recorded statement splits.

Nothing here is a test: pytest collects `tests/test_*.py` only, and a test module never imports another.
"""
