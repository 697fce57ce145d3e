"""How the seed's rows get into Postgres fast, apart from what the rows are (seeds.factories) and the order of
the load (seeds.loader): COPY BINARY encoding (copy_rows) and its feed (copy_feed), and the shortcuts that pay
off on empty tables, each taken only when its locks are free at once (table_locks): truncating the session
tables (session_truncation), building secondary indexes after the copy (index_builds) and checking foreign
keys in one join (reference_checks, also where the batch is a good share of the table)."""
