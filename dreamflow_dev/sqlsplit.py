"""Splits a migration file into statements byte for byte as `supabase migration up` records them.

The CLI stores each file's statements in `supabase_migrations.schema_migrations.statements`, and drift is
decided by comparing those texts with the file, so this splitter follows the CLI's rules exactly, quirks
included (the test tier `cli` checks it against the real CLI):

- A statement ends at a `;` outside quotes, dollar bodies, comments, parentheses and `begin atomic … end`.
- Everything between two such semicolons is one statement: comments above a statement stay with it, and a
  comment after the last statement is a statement of its own.
- Each piece then loses its trailing semicolons and the white space around it; empty pieces are dropped.
- `begin atomic` bodies end at the first `end` outside quotes, matched as three letters even inside a longer
  word. Parentheses end at the first `)`, which closes every open one. `'` and `"` quote with doubled quotes
  as the only escape; a backslash outside quotes hides the next character. A `$tag$` body ends at the next
  `$tag$`, a `--` comment at the newline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# What the CLI trims from both ends of a statement: JavaScript's white space and line terminators, so a byte
# order mark goes and U+0085 stays.
_CLI_SPACE = (
    "\t\n\v\f\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)


@dataclass(frozen=True)
class Statement:
    """One statement's text as the CLI records it, and the 1-based file line where that text starts."""

    text: str
    line: int


def split_statements(sql: str) -> list[Statement]:
    """The statements of `sql` in order, as `supabase migration up` splits and records them."""
    statements = []
    for start, end in _piece_spans(sql):
        piece = sql[start:end]
        text = piece.rstrip(";").strip(_CLI_SPACE)
        if text:
            lead = len(piece) - len(piece.lstrip(_CLI_SPACE))
            statements.append(Statement(text, sql.count("\n", 0, start + lead) + 1))
    return statements


def _piece_spans(sql: str) -> list[tuple[int, int]]:
    """(start, end) spans of the pieces between statement-ending semicolons, the `;` included."""
    spans = []
    start = 0
    state: _State = _Ready()
    position = state.skip(sql, start, 0)
    while position < len(sql):
        state = state.next(sql[position], sql, start, position + 1)
        if state is None:
            spans.append((start, position + 1))
            start = position + 1
            state = _Ready()
        position = state.skip(sql, start, position + 1)
    if start < len(sql):
        spans.append((start, len(sql)))
    return spans


def _ends_with(sql: str, start: int, end: int, suffix: str, *, ignore_case: bool = False) -> bool:
    """Does the current piece, sql[start:end], end with `suffix`?"""
    if end - len(suffix) < start:
        return False
    window = sql[end - len(suffix):end]
    return window.upper() == suffix.upper() if ignore_case else window == suffix


class _State:
    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        """The state after `char`; None ends the statement."""
        raise NotImplementedError

    def skip(self, sql: str, start: int, position: int) -> int:
        """The first position from `position` on whose character may change this state: a shortcut over plain
        text, since the scan looks at each character otherwise."""
        return position


def _next_stop(stops: re.Pattern[str], sql: str, position: int) -> int:
    match = stops.search(sql, position)
    return match.start() if match else len(sql)


# Characters that may change the state outside quotes: openers, `;`, and the `c` that ends ATOMIC; inside
# parentheses or `begin atomic` also the closer's last character.
_READY_STOPS = re.compile(r"""[$'"\-/\\;(]|(?<=atomi)c""", re.IGNORECASE)
_BLOCK_COMMENT_STOPS = re.compile(r"[*/]")
_NESTED_STOPS = {
    ")": re.compile(r"""[$'"\-/\\;()]|(?<=atomi)c""", re.IGNORECASE),
    "END": re.compile(r"""[$'"\-/\\;(d]|(?<=atomi)c""", re.IGNORECASE),
}


class _Ready(_State):
    """Outside any quote, comment or body: a `;` ends the statement."""

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        if char == ";":
            return None
        if char == "$":
            return _DollarTag(end - 1)
        if char in "'\"":
            return _Quoted(char)
        if char == "-":
            return _Dash()
        if char == "/":
            return _Slash()
        if char == "\\":
            return _Escaped()
        if char == "(":
            return _Nested(_Ready(), ")")
        if char in "cC" and _ends_with(sql, start, end, "ATOMIC", ignore_case=True) \
                and _ends_with_begin_atomic(sql[start:end]):
            return _Nested(_Ready(), "END")
        return self

    def skip(self, sql: str, start: int, position: int) -> int:
        return _next_stop(_READY_STOPS, sql, position)


def _ends_with_begin_atomic(text: str) -> bool:
    """True when the text ends with the words BEGIN ATOMIC (any case, white space between)."""
    if not text.upper().endswith("ATOMIC"):
        return False
    before = text[:-len("ATOMIC")]
    if before and _is_identifier_char(before[-1]):
        return False
    before = before.rstrip(_CLI_SPACE)
    if not before.upper().endswith("BEGIN"):
        return False
    before = before[:-len("BEGIN")]
    return not before or not _is_identifier_char(before[-1])


def _is_identifier_char(char: str) -> bool:
    return _is_letter_or_digit(char) or char in "_$"


def _is_letter_or_digit(char: str) -> bool:
    return unicodedata.category(char)[0] == "L" or unicodedata.category(char) == "Nd"


class _Dash(_State):
    """Read one `-`: a second one opens a line comment."""

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        return _Until("\n") if char == "-" else _Ready().next(char, sql, start, end)


class _Slash(_State):
    """Read a `/`, or inside a block comment: `/*` opens a level, `*/` closes one."""

    def __init__(self) -> None:
        self.depth = 0

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        if _ends_with(sql, start, end, "/*"):
            self.depth += 1
            return self
        if self.depth == 0:
            return _Ready().next(char, sql, start, end)
        if _ends_with(sql, start, end, "*/"):
            self.depth -= 1
            if self.depth == 0:
                return _Ready()
        return self

    def skip(self, sql: str, start: int, position: int) -> int:
        return position if self.depth == 0 else _next_stop(_BLOCK_COMMENT_STOPS, sql, position)


class _Quoted(_State):
    """Inside '…' or "…": a doubled quote stays inside, a single one closes."""

    def __init__(self, quote: str) -> None:
        self.quote = quote
        self.closing = False

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        if self.closing:
            if char == self.quote:
                self.closing = False
                return self
            return _Ready().next(char, sql, start, end)
        if char == self.quote:
            self.closing = True
        return self

    def skip(self, sql: str, start: int, position: int) -> int:
        if self.closing:
            return position
        found = sql.find(self.quote, position)
        return len(sql) if found == -1 else found


class _Until(_State):
    """Inside a dollar body or a line comment, until the closing text (nothing is escaped)."""

    def __init__(self, closing: str) -> None:
        self.closing = closing

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        return _Ready() if _ends_with(sql, start, end, self.closing) else self

    def skip(self, sql: str, start: int, position: int) -> int:
        found = sql.find(self.closing, max(start, position + 1 - len(self.closing)))
        return len(sql) if found == -1 else max(position, found + len(self.closing) - 1)


class _DollarTag(_State):
    """Read `$` and maybe tag characters: a second `$` opens a dollar body closed by the same tag."""

    def __init__(self, offset: int) -> None:
        self.offset = offset

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        if char == "$":
            return _Until(sql[self.offset:end])
        if _is_letter_or_digit(char) or char == "_":
            return self
        return _Ready().next(char, sql, start, end)


class _Escaped(_State):
    """Read a backslash outside quotes: the next character is taken as is."""

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        return _Ready()


class _Nested(_State):
    """Inside `( … )` or `begin atomic … end`: semicolons do not end the statement until the closer."""

    def __init__(self, inner: _State, closer: str) -> None:
        self.inner = inner
        self.closer = closer

    def next(self, char: str, sql: str, start: int, end: int) -> _State | None:
        following = self.inner.next(char, sql, start, end)
        if following is not None:
            self.inner = following
        if isinstance(self.inner, _Ready) and _ends_with(sql, start, end, self.closer, ignore_case=True):
            return _Ready()
        return self

    def skip(self, sql: str, start: int, position: int) -> int:
        if isinstance(self.inner, _Ready):
            return _next_stop(_NESTED_STOPS[self.closer], sql, position)
        return self.inner.skip(sql, start, position)
