"""Splits a migration file into statements byte for byte as `supabase migration up` records them.

The CLI stores each file's statements in `supabase_migrations.schema_migrations.statements`, and drift is
decided by comparing those texts with the file, so this splitter follows the CLI's rules exactly, quirks
included (the test tier `cli` checks it against the real CLI):

- A statement ends at a `;` outside quotes, dollar bodies, comments, parentheses and `begin atomic … end`.
- Everything between two such semicolons is one statement: comments above a statement stay with it, and a
  comment after the last statement is a statement of its own.
- Each piece then loses its trailing semicolons and the white space around it; empty pieces are dropped.
- `begin atomic` bodies end at the first `end` outside quotes, matched as three letters even inside a longer
  word; `(` … `)` nest. `'` and `"` quote with doubled quotes as the only escape; a backslash outside quotes
  hides the next character. A `$tag$` body ends at the next `$tag$`, a `--` comment at the newline.
"""

from __future__ import annotations

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
    for position, char in enumerate(sql):
        state = state.next(char, _Piece(sql, start, position + 1))
        if state is None:
            spans.append((start, position + 1))
            start = position + 1
            state = _Ready()
    if start < len(sql):
        spans.append((start, len(sql)))
    return spans


@dataclass(frozen=True)
class _Piece:
    """The current piece so far: sql[start:end], the character just read being its last."""

    sql: str
    start: int
    end: int

    def endswith(self, suffix: str, *, ignore_case: bool = False) -> bool:
        if self.end - len(suffix) < self.start:
            return False
        window = self.sql[self.end - len(suffix):self.end]
        return window.upper() == suffix.upper() if ignore_case else window == suffix

    def text(self) -> str:
        return self.sql[self.start:self.end]


class _State:
    def next(self, char: str, piece: _Piece) -> _State | None:
        """The state after `char`; None ends the statement."""
        raise NotImplementedError


class _Ready(_State):
    """Outside any quote, comment or body: a `;` ends the statement."""

    def next(self, char: str, piece: _Piece) -> _State | None:
        if char == ";":
            return None
        if char == "$":
            return _DollarTag(piece.end - 1)
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
        if char in "cC" and piece.endswith("ATOMIC", ignore_case=True) and _ends_with_begin_atomic(piece.text()):
            return _Nested(_Ready(), "END")
        return self


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

    def next(self, char: str, piece: _Piece) -> _State | None:
        return _Until("\n") if char == "-" else _Ready().next(char, piece)


class _Slash(_State):
    """Read a `/`, or inside a block comment: `/*` opens a level, `*/` closes one."""

    def __init__(self) -> None:
        self.depth = 0

    def next(self, char: str, piece: _Piece) -> _State | None:
        if piece.endswith("/*"):
            self.depth += 1
            return self
        if self.depth == 0:
            return _Ready().next(char, piece)
        if piece.endswith("*/"):
            self.depth -= 1
            if self.depth == 0:
                return _Ready()
        return self


class _Quoted(_State):
    """Inside '…' or "…": a doubled quote stays inside, a single one closes."""

    def __init__(self, quote: str) -> None:
        self.quote = quote
        self.closing = False

    def next(self, char: str, piece: _Piece) -> _State | None:
        if self.closing:
            if char == self.quote:
                self.closing = False
                return self
            return _Ready().next(char, piece)
        if char == self.quote:
            self.closing = True
        return self


class _Until(_State):
    """Inside a dollar body or a line comment, until the closing text (nothing is escaped)."""

    def __init__(self, closing: str) -> None:
        self.closing = closing

    def next(self, char: str, piece: _Piece) -> _State | None:
        return _Ready() if piece.endswith(self.closing) else self


class _DollarTag(_State):
    """Read `$` and maybe tag characters: a second `$` opens a dollar body closed by the same tag."""

    def __init__(self, offset: int) -> None:
        self.offset = offset

    def next(self, char: str, piece: _Piece) -> _State | None:
        if char == "$":
            return _Until(piece.sql[self.offset:piece.end])
        if _is_letter_or_digit(char) or char == "_":
            return self
        return _Ready().next(char, piece)


class _Escaped(_State):
    """Read a backslash outside quotes: the next character is taken as is."""

    def next(self, char: str, piece: _Piece) -> _State | None:
        return _Ready()


class _Nested(_State):
    """Inside `( … )` or `begin atomic … end`: semicolons do not end the statement until the closer."""

    def __init__(self, inner: _State, closer: str) -> None:
        self.inner = inner
        self.closer = closer

    def next(self, char: str, piece: _Piece) -> _State | None:
        following = self.inner.next(char, piece)
        if following is not None:
            self.inner = following
        if isinstance(self.inner, _Ready) and piece.endswith(self.closer, ignore_case=True):
            return _Ready()
        return self
