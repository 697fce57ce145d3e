"""Splits a migration file into statements, the way the Supabase CLI records them.

Knows just enough of PostgreSQL's lexer to find the semicolons that end statements: quoted strings
(including E'' escapes), quoted identifiers, dollar-quoted bodies and both kinds of comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOLLAR_TAG = re.compile(r"\$([A-Za-z_][A-Za-z_0-9]*)?\$")


@dataclass(frozen=True)
class Statement:
    """One statement's text (no trailing semicolon) and the 1-based file line where it starts."""

    text: str
    line: int


def split_statements(sql: str) -> list[Statement]:
    """The statements of `sql` in order; comments-only stretches are dropped."""
    statements: list[Statement] = []
    start = 0
    index = 0
    length = len(sql)
    while index < length:
        char = sql[index]
        if char == ";":
            _append(statements, sql, start, index)
            start = index + 1
            index += 1
        else:
            index = _skip_token(sql, index)
    _append(statements, sql, start, length)
    return statements


def _skip_token(sql: str, index: int) -> int:
    """Index just past the quoted string, comment or plain character starting at `index`."""
    char = sql[index]
    two = sql[index:index + 2]
    if two == "--":
        end = sql.find("\n", index)
        return len(sql) if end == -1 else end + 1
    if two == "/*":
        return _skip_block_comment(sql, index)
    if char == "'":
        backslash_escapes = index > 0 and sql[index - 1] in "eE" and not _is_word_char(sql, index - 2)
        return _skip_quoted(sql, index, "'", backslash_escapes)
    if char == '"':
        return _skip_quoted(sql, index, '"', False)
    if char == "$" and not _is_word_char(sql, index - 1):
        match = _DOLLAR_TAG.match(sql, index)
        if match:
            end = sql.find(match.group(0), match.end())
            return len(sql) if end == -1 else end + len(match.group(0))
    return index + 1


def _skip_quoted(sql: str, index: int, quote: str, backslash_escapes: bool) -> int:
    position = index + 1
    while position < len(sql):
        char = sql[position]
        if backslash_escapes and char == "\\":
            position += 2
            continue
        if char == quote:
            if sql[position + 1:position + 2] == quote:
                position += 2
                continue
            return position + 1
        position += 1
    return len(sql)


def _skip_block_comment(sql: str, index: int) -> int:
    depth = 0
    position = index
    while position < len(sql):
        two = sql[position:position + 2]
        if two == "/*":
            depth += 1
            position += 2
        elif two == "*/":
            depth -= 1
            position += 2
            if depth == 0:
                return position
        else:
            position += 1
    return len(sql)


def _is_word_char(sql: str, index: int) -> bool:
    return index >= 0 and (sql[index].isalnum() or sql[index] == "_")


def _append(statements: list[Statement], sql: str, start: int, end: int) -> None:
    chunk = sql[start:end]
    body_offset = _first_code_offset(chunk)
    if body_offset is None:
        return
    line = sql.count("\n", 0, start + body_offset) + 1
    statements.append(Statement(chunk[body_offset:].rstrip(), line))


def _first_code_offset(chunk: str) -> int | None:
    """Offset of the first character that is neither white space nor comment, or None."""
    position = 0
    while position < len(chunk):
        if chunk[position].isspace():
            position += 1
        elif chunk.startswith("--", position) or chunk.startswith("/*", position):
            position = _skip_token(chunk, position)
        else:
            return position
    return None
