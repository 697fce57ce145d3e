"""Dream Flow's local Supabase dev suite: the stack, the migration runner, reports and benchmarks.

tasks.py and noxfile.py are thin entry points over this package; see README.md for the commands.
"""
