"""How the Supabase CLI splits a migration into the statements it records: each case is a migration's text and
the `statements` array the CLI writes for it. The splitter's own tests and the cli tier's cross-check share it."""

CLI_RECORDED_SPLITS = {
    "comments_stay_with_the_statement_below": (
        "-- header; not a statement\n\n/* block ; */\ncreate table a (x int);\n\n-- between\nselect 1;\n",
        ["-- header; not a statement\n\n/* block ; */\ncreate table a (x int)", "-- between\nselect 1"],
    ),
    "a_comment_after_the_last_statement_is_one_of_its_own": (
        "select 13;\n-- end without newline", ["select 13", "-- end without newline"],
    ),
    "semicolons_in_strings_identifiers_and_comments": (
        "select 'a;b', \"we;ird\" -- c; d\n, 'it''s;' /* e; */;",
        ["select 'a;b', \"we;ird\" -- c; d\n, 'it''s;' /* e; */"],
    ),
    "dollar_bodies": (
        "do $fn$ begin perform 1; end $fn$;\nselect $$x;$$;", ["do $fn$ begin perform 1; end $fn$", "select $$x;$$"],
    ),
    "begin_atomic_bodies_stay_whole": (
        "create function f() returns int language sql\nBEGIN\n  ATOMIC\n  select (1); select 2;\nEnd;\nselect 3;",
        ["create function f() returns int language sql\nBEGIN\n  ATOMIC\n  select (1); select 2;\nEnd", "select 3"],
    ),
    "begin_atomic_ends_at_the_letters_end_even_inside_a_word": (
        "create function f() returns int language sql begin atomic select 1 as legend; select 2; end;",
        ["create function f() returns int language sql begin atomic select 1 as legend", "select 2", "end"],
    ),
    "semicolons_inside_parentheses": (
        "create rule r as on insert to t do also (insert into a default values; insert into b default values);",
        ["create rule r as on insert to t do also (insert into a default values; insert into b default values)"],
    ),
    "a_closing_parenthesis_closes_every_open_one": (
        "create rule r as on insert to t do also (insert into a values (1); insert into b values ((2)); );",
        ["create rule r as on insert to t do also (insert into a values (1)", "insert into b values ((2))", ")"],
    ),
    "blank_lines_empty_statements_and_spaces_are_trimmed": (
        "\n\n  select 8 ; ; ;\n\n\xa0select 7\xa0;\n", ["select 8", "select 7"],
    ),
    "a_backslash_quote_is_not_an_escape_inside_quotes": (
        "select E'it\\'s; odd';\nselect 2;\n", ["select E'it\\'s", "odd';\nselect 2;"],
    ),
    "carriage_returns_and_byte_order_marks": (
        "\ufeffselect 1;\r\n-- crlf\r\nselect 2;\r\n", ["select 1", "-- crlf\r\nselect 2"],
    ),
    "only_comments": ("-- only a comment", ["-- only a comment"]),
    "nothing": ("  ;\n;\n", []),
}
