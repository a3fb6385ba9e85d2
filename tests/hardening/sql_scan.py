#!/usr/bin/env python3
"""Finds SQL text built from non-literal pieces in Rapport's C++ sources.

Every SQL statement must take its values as bound parameters (house style H3).
This scanner lexes each C++ file (comments, string and raw-string literals,
QStringLiteral/QLatin1String wrappers) and reports every place where a string
literal that looks like SQL is combined with something that is not a literal:

  * ``.arg(...)`` applied to a SQL literal, or a SQL literal with ``%1`` markers
    (it is meant for ``.arg`` later);
  * ``+``, ``%`` (QStringBuilder) or ``+=`` joining a SQL literal with a variable
    or a call;
  * ``QString::asprintf``/``sprintf``/``std::format`` with a SQL format;
  * ``list.join(" AND ")`` (fragments glued into a WHERE clause);
  * ``+=``/``+``/``.append``/``.arg`` on a variable that was given SQL text
    earlier in the file (``QString sql = QStringLiteral("SELECT ...")``).

A place that legitimately writes an identifier or a fixed fragment into SQL
text (a column from a whitelist, a placeholder list "?, ?, ?", a PRAGMA with a
constant) carries a marker comment ``// sql-scan: <why it is safe>`` on the
line of the finding or in the statement that leads to it (the lines above it up
to the previous ``;``, ``{`` or ``}``). A marker without a reason does not count.

Usage: sql_scan.py [--list-markers] PATH...  (files or directories; .cpp/.h)
Exit status 0 when nothing is found, 1 with one ``file:line: message`` per
finding, 2 on usage errors.
"""

import os
import re
import sys

SOURCE_SUFFIXES = ('.cpp', '.h', '.hpp', '.cc', '.cxx')
MARKER = re.compile(r'sql-scan(?:\(function\))?:\s*(\S.*)')
FUNCTION_MARKER = re.compile(r'sql-scan\(function\):\s*(\S.*)')

# A literal is SQL when it starts like a statement, or reads like a clause
# (two distinct upper-case keywords, or a keyword next to a bound placeholder).
STATEMENT_START = re.compile(
    r'^\s*\(?\s*(SELECT\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\S+\s+SET\s|UPDATE\s+%\d|'
    r'DELETE\s+FROM\s|PRAGMA\s|CREATE\s+(TABLE|INDEX|UNIQUE|VIEW|TRIGGER|VIRTUAL|TEMP)|'
    r'DROP\s+(TABLE|INDEX|VIEW|TRIGGER)|ALTER\s+TABLE\s|WITH\s+(RECURSIVE\s+)?\w+(\s*\([^)]*\))?\s+AS\b|'
    r'REPLACE\s+INTO\s|SAVEPOINT\s|RELEASE\s|ROLLBACK(\s|$)|BEGIN(\s+(IMMEDIATE|DEFERRED|EXCLUSIVE))?\s*$|'
    r'ATTACH\s|DETACH\s|VACUUM\b|ANALYZE\b|REINDEX\b)')
KEYWORDS = re.compile(
    r'\b(SELECT|FROM|WHERE|JOIN|LEFT|INNER|VALUES|ORDER\s+BY|GROUP\s+BY|HAVING|LIMIT|OFFSET|'
    r'AND|OR|NOT|LIKE|GLOB|MATCH|IN|IS|NULL|SET|INTO|COLLATE|ASC|DESC|UNION|EXISTS|CASE|WHEN|'
    r'THEN|ELSE|END|BETWEEN|ON|AS|DISTINCT|COALESCE|IFNULL|NULLS|ESCAPE|USING|CAST|'
    r'INTEGER|TEXT|REAL|NOCASE)\b')
PLACEHOLDER = re.compile(r'(=|<>|!=|<=|>=|<|>|\bIN|\bLIKE|\bIS|\bGLOB|\bMATCH)\s*\(?\s*'
                         r'(\?(?=[\s,)]|$)|:[a-z_]\w*)')
ARG_MARKER = re.compile(r'%\d')


def looks_like_sql(text):
    if STATEMENT_START.search(text):
        return True
    if PLACEHOLDER.search(text):
        return True
    words = {re.sub(r'\s+', ' ', m.group(1)) for m in KEYWORDS.finditer(text)}
    return len(words) >= 2


# ---------------------------------------------------------------- lexer

class Token:
    __slots__ = ('kind', 'text', 'line', 'value')

    def __init__(self, kind, text, line, value=None):
        self.kind = kind  # 'id', 'str', 'num', 'op', 'chr'
        self.text = text
        self.line = line
        self.value = value  # string contents for 'str'

    def __repr__(self):
        return f'{self.kind}:{self.text!r}@{self.line}'


IDENT = re.compile(r'[A-Za-z_]\w*')
NUMBER = re.compile(r"\.?\d([\w.']|[eEpP][+-])*")
OPERATORS = ['<<=', '>>=', '->*', '...', '::', '->', '++', '--', '<<', '>>', '<=', '>=', '==',
             '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '.*']
STRING_PREFIXES = ('u8R', 'uR', 'UR', 'LR', 'R', 'u8', 'u', 'U', 'L')


def lex(source):
    """Returns (tokens, comments) where comments maps line -> list of comment texts."""
    tokens = []
    comments = {}
    i = 0
    line = 1
    n = len(source)

    def add_comment(at_line, text):
        comments.setdefault(at_line, []).append(text)

    while i < n:
        c = source[i]
        if c == '\n':
            line += 1
            i += 1
            continue
        if c in ' \t\r\f\v':
            i += 1
            continue
        if c == '\\' and i + 1 < n and source[i + 1] == '\n':
            line += 1
            i += 2
            continue
        if source.startswith('//', i):
            end = source.find('\n', i)
            end = n if end < 0 else end
            add_comment(line, source[i + 2:end])
            i = end
            continue
        if source.startswith('/*', i):
            end = source.find('*/', i + 2)
            end = n if end < 0 else end
            body = source[i + 2:end]
            for k, part in enumerate(body.split('\n')):
                add_comment(line + k, part)
            line += body.count('\n')
            i = end + 2
            continue
        if c == '#' and _at_line_start(source, i):
            # Preprocessor line (with continuations): not code we judge, but keep
            # the line count right.
            j = i
            while j < n and source[j] != '\n':
                if source[j] == '\\' and j + 1 < n and source[j + 1] == '\n':
                    line += 1
                    j += 1
                j += 1
            i = j
            continue
        m = IDENT.match(source, i)
        if m:
            word = m.group(0)
            end = m.end()
            if word in STRING_PREFIXES and end < n and source[end] == '"':
                if word.endswith('R'):
                    tok, i, line = _raw_string(source, end, line)
                else:
                    tok, i, line = _quoted(source, end, line, '"')
                tok.text = word + tok.text
                tokens.append(tok)
                continue
            if word in ('u8', 'u', 'U', 'L') and end < n and source[end] == "'":
                tok, i, line = _quoted(source, end, line, "'")
                tokens.append(tok)
                continue
            tokens.append(Token('id', word, line))
            i = end
            continue
        if c == '"':
            tok, i, line = _quoted(source, i, line, '"')
            tokens.append(tok)
            continue
        if c == "'":
            tok, i, line = _quoted(source, i, line, "'")
            tokens.append(tok)
            continue
        m = NUMBER.match(source, i)
        if c.isdigit() or (c == '.' and m):
            if m:
                tokens.append(Token('num', m.group(0), line))
                i = m.end()
                continue
        for op in OPERATORS:
            if source.startswith(op, i):
                tokens.append(Token('op', op, line))
                i += len(op)
                break
        else:
            tokens.append(Token('op', c, line))
            i += 1
    return tokens, comments


def _at_line_start(source, i):
    j = i - 1
    while j >= 0 and source[j] in ' \t':
        j -= 1
    return j < 0 or source[j] == '\n'


def _quoted(source, i, line, quote):
    start_line = line
    j = i + 1
    n = len(source)
    out = []
    while j < n and source[j] != quote:
        if source[j] == '\\' and j + 1 < n:
            if source[j + 1] == '\n':
                line += 1
            out.append(source[j:j + 2])
            j += 2
            continue
        if source[j] == '\n':  # unterminated; stop at the line end
            break
        out.append(source[j])
        j += 1
    text = source[i:j + 1]
    kind = 'str' if quote == '"' else 'chr'
    return Token(kind, text, start_line, ''.join(out)), j + 1, line


def _raw_string(source, i, line):
    # R"delim( ... )delim"
    open_paren = source.find('(', i)
    delim = source[i + 1:open_paren]
    close = source.find(')' + delim + '"', open_paren)
    if close < 0:
        close = len(source)
    body = source[open_paren + 1:close]
    end = close + len(delim) + 2
    return Token('str', source[i:end], line, body), end, line + source[i:end].count('\n')


# ---------------------------------------------------------------- analysis

WRAPPERS = {'QStringLiteral', 'QLatin1String', 'QLatin1StringView', 'QStringView', 'QString',
            'QByteArrayLiteral', 'QByteArray', 'QLatin1Char', 'QChar', 'QAnyStringView',
            'QUtf8StringView', 'fromLatin1', 'fromUtf8', 'fromUtf16', 'std::string',
            'std::string_view', 'QByteArrayView'}
JOIN_OPERATORS = {'+', '%'}
NUMERIC_OPERATORS = {'-', '*', '/', '<<'}
CLAUSE_SEPARATOR = re.compile(r'^\s*(AND|OR|UNION(\s+ALL)?)\s*$')
FORMAT_CALLS = {'asprintf', 'sprintf', 'vasprintf', 'format', 'snprintf'}


class Unit:
    """A string literal expression: adjacent literals, optionally wrapped."""

    def __init__(self, start, end, value, line, literal_line):
        self.start = start  # first token index (wrapper name or the literal)
        self.end = end  # last token index (closing paren or the literal)
        self.value = value
        self.line = line
        self.literal_line = literal_line


def find_units(tokens):
    units = []
    by_start = {}
    by_end = {}
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if t.kind == 'str':
            j = i
            parts = []
            while j < n and tokens[j].kind == 'str':
                parts.append(tokens[j].value)
                j += 1
            start, end = i, j - 1
            # Wrapped: NAME ( "..." )  or  QString::fromLatin1( "..." )
            if start >= 2 and tokens[start - 1].text == '(' and end + 1 < n \
                    and tokens[end + 1].text == ')' and tokens[start - 2].kind == 'id' \
                    and tokens[start - 2].text in WRAPPERS:
                start -= 2
                end += 1
                if start >= 2 and tokens[start - 1].text == '::' and tokens[start - 2].kind == 'id':
                    start -= 2
            u = Unit(start, end, ''.join(parts), tokens[start].line, t.line)
            units.append(u)
            by_start[start] = u
            by_end[end] = u
            i = j
            continue
        i += 1
    return units, by_start, by_end


def match_forward(tokens, i):
    """tokens[i] is an opening bracket; returns the index of its partner."""
    pairs = {'(': ')', '[': ']', '{': '}'}
    opener = tokens[i].text
    closer = pairs[opener]
    depth = 0
    for k in range(i, len(tokens)):
        if tokens[k].text == opener:
            depth += 1
        elif tokens[k].text == closer:
            depth -= 1
            if depth == 0:
                return k
    return len(tokens) - 1


def match_backward(tokens, i):
    pairs = {')': '(', ']': '[', '}': '{'}
    closer = tokens[i].text
    opener = pairs[closer]
    depth = 0
    for k in range(i, -1, -1):
        if tokens[k].text == closer:
            depth += 1
        elif tokens[k].text == opener:
            depth -= 1
            if depth == 0:
                return k
    return 0


def find_constants(tokens, by_start):
    """Names declared const/constexpr in this file and initialised with literals only
    (``const QString kSelect = QStringLiteral("SELECT ...");``): joining them is
    joining literals."""
    constants = set()
    n = len(tokens)
    for k, t in enumerate(tokens):
        if t.text not in ('const', 'constexpr'):
            continue
        # const TYPE [*&] NAME [ [] ] = init ;   or  NAME(init) / NAME{init}
        j = k + 1
        while j < n and tokens[j].text not in ('=', ';', '(', '{', ')', ','):
            j += 1
        if j >= n or tokens[j].text not in ('=', '(', '{'):
            continue
        name_at = j - 1
        while name_at > k and tokens[name_at].text in (']', '['):
            name_at -= 1
        if tokens[name_at].kind != 'id' or name_at == k + 0:
            continue
        name = tokens[name_at].text
        constants_so_far = constants | _CONSTANTS
        first = j + 1
        if tokens[j].text in ('(', '{'):
            close = match_forward(tokens, j)
            if _literal_chain(tokens, first, close - 1, by_start, constants_so_far):
                constants.add(name)
            continue
        end = first
        while end < n and tokens[end].text not in (';', ','):
            if tokens[end].text in ('(', '[', '{'):
                end = match_forward(tokens, end)
            end += 1
        if _literal_chain(tokens, first, end - 1, by_start, constants_so_far):
            constants.add(name)
    return constants


def _literal_chain(tokens, first, last, by_start, constants):
    """Whether tokens[first..last] is literal (or constant) operands joined by + or %."""
    if first > last:
        return False
    j = first
    while j <= last:
        while j + 1 <= last and tokens[j].kind == 'id' and tokens[j + 1].text == '::':
            j += 2  # Class::kConstant
        if j in by_start:
            j = by_start[j].end + 1
        elif tokens[j].text == '(' and _ternary_of_literals(tokens, j, by_start, constants):
            j = match_forward(tokens, j) + 1
        elif tokens[j].kind == 'id' and tokens[j].text in constants:
            j += 1
        elif tokens[j].kind == 'num':
            j += 1
        else:
            return False
        if j > last:
            return True
        if tokens[j].text not in JOIN_OPERATORS | NUMERIC_OPERATORS:
            return False
        j += 1
    return False


def _ternary_of_literals(tokens, open_at, by_start, constants):
    """(cond ? "a" : "b") where both branches are literal chains."""
    close = match_forward(tokens, open_at)
    depth = 0
    question = colon = None
    for k in range(open_at + 1, close):
        t = tokens[k].text
        if t in ('(', '[', '{'):
            depth += 1
        elif t in (')', ']', '}'):
            depth -= 1
        elif depth == 0 and t == '?' and question is None:
            question = k
        elif depth == 0 and t == ':' and question is not None and colon is None:
            colon = k
    if question is None or colon is None:
        return _literal_chain(tokens, open_at + 1, close - 1, by_start, constants)
    return _literal_chain(tokens, question + 1, colon - 1, by_start, constants) \
        and _literal_chain(tokens, colon + 1, close - 1, by_start, constants)


def operand_forward(tokens, i, by_start):
    """Parses an operand starting at i; returns (end_index, is_literal, text)."""
    n = len(tokens)
    if i >= n:
        return i - 1, True, ''
    if i in by_start:
        u = by_start[i]
        end = u.end
        # A literal with a member call (.arg, .toUpper...) is no longer a literal.
        if end + 1 < n and tokens[end + 1].text in ('.', '->'):
            end = _postfix(tokens, end + 1)
            return end, False, 'call'
        return end, True, u.value
    t = tokens[i]
    if t.text == '(':
        close = match_forward(tokens, i)
        end = _postfix(tokens, close + 1)
        if end == close and _ternary_of_literals(tokens, i, by_start, _CONSTANTS):
            return end, True, 'literal choice'
        return end, False, 'expr'
    if t.text in WRAPPERS and i + 3 < n and tokens[i + 1].text == '(' \
            and tokens[i + 2].kind == 'chr' and tokens[i + 3].text == ')':
        return i + 3, True, tokens[i + 2].text  # QLatin1Char('(')
    if t.kind in ('id', 'num', 'chr') or t.text == '::':
        j = i
        if tokens[j].text == '::':
            j += 1
        while j + 2 < n and tokens[j + 1].text == '::' and tokens[j + 2].kind == 'id':
            j += 2
        end = _postfix(tokens, j + 1)
        constant = end == j and tokens[j].text in _CONSTANTS
        return end, t.kind in ('num', 'chr') or constant, t.text
    return i - 1, True, ''


def _postfix(tokens, j):
    """Skips calls, subscripts and member accesses starting at j; returns the last index."""
    n = len(tokens)
    last = j - 1
    while j < n:
        t = tokens[j]
        if t.text in ('(', '['):
            last = match_forward(tokens, j)
            j = last + 1
        elif t.text in ('.', '->') and j + 1 < n and tokens[j + 1].kind == 'id':
            last = j + 1
            j += 2
        elif t.text == '<' and j + 1 < n and tokens[j + 1].kind == 'id' and j + 2 < n \
                and tokens[j + 2].text == '>':
            last = j + 2
            j += 3
        else:
            break
    return last


def operand_backward(tokens, i, by_end):
    """Parses an operand ending at i; returns (start_index, is_literal, text)."""
    if i < 0:
        return 0, True, ''
    if i in by_end:
        return by_end[i].start, True, by_end[i].value
    t = tokens[i]
    j = i
    while True:
        t = tokens[j]
        if t.text == ')' and j >= 3 and tokens[j - 1].kind == 'chr' \
                and tokens[j - 2].text == '(' and tokens[j - 3].text in WRAPPERS:
            return j - 3, True, tokens[j - 1].text  # QLatin1Char(')')
        if t.text in (')', ']'):
            j = match_backward(tokens, j) - 1
            continue
        if t.kind in ('id', 'num', 'chr'):
            if j - 1 >= 0 and tokens[j - 1].text in ('.', '->', '::'):
                j -= 2
                continue
            constant = j == i and t.text in _CONSTANTS
            return j, t.kind in ('num', 'chr') or constant, t.text
        if t.kind == 'str':
            return j, False, 'call'
        return j + 1, True, ''


# Names of the file being scanned that hold literal text (see find_constants).
_CONSTANTS = set()


def _arg_calls_literal(tokens, k, by_start):
    """tokens[k] is the '.' of a `.arg(` chain; whether every argument of every chained
    .arg() is a literal, a number or a constant of this file."""
    n = len(tokens)
    while k + 2 < n and tokens[k].text == '.' and tokens[k + 1].text == 'arg' \
            and tokens[k + 2].text == '(':
        close = match_forward(tokens, k + 2)
        first = k + 3
        while first < close:
            last = first
            while last < close and tokens[last].text != ',':
                if tokens[last].text in ('(', '[', '{'):
                    last = match_forward(tokens, last)
                last += 1
            if not _literal_chain(tokens, first, last - 1, by_start, _CONSTANTS):
                return False
            first = last + 1
        k = close + 1
    return True


class Finding:
    def __init__(self, line, message):
        self.line = line
        self.message = message


# Constants named kSomething are project-wide (declared in headers, used with a
# qualifier): collected from every scanned file first.
SHARED_CONSTANT = re.compile(r'^k[A-Z]')


def constants_of(source):
    tokens, _ = lex(source)
    _, by_start, _ = find_units(tokens)
    return {name for name in find_constants(tokens, by_start) if SHARED_CONSTANT.match(name)}


def scan_source(source, shared_constants=frozenset()):
    tokens, comments = lex(source)
    units, by_start, by_end = find_units(tokens)
    sql_units = [u for u in units if looks_like_sql(u.value)]
    _CONSTANTS.clear()
    _CONSTANTS.update(shared_constants)
    _CONSTANTS.update(find_constants(tokens, by_start))
    findings = []

    def report(line, message):
        findings.append(Finding(line, message))

    # Variables that receive SQL text somewhere in this file.
    sql_vars = set()
    for u in sql_units:
        k = u.start - 1
        if k >= 0 and tokens[k].text in ('=', '+=', '(', '{') and k - 1 >= 0 \
                and tokens[k - 1].kind == 'id':
            name = tokens[k - 1].text
            if tokens[k].text in ('(', '{'):
                # QString sql(QStringLiteral("...")): a declaration, not a call.
                if not (k - 2 >= 0 and tokens[k - 2].kind == 'id'
                        and tokens[k - 2].text in ('QString', 'auto', 'QByteArray')):
                    continue
            sql_vars.add(name)

    for u in sql_units:
        nxt = u.end + 1
        # .arg(...) on the literal (possibly after another .arg)
        if nxt + 1 < len(tokens) and tokens[nxt].text == '.' and tokens[nxt + 1].text == 'arg':
            if _arg_calls_literal(tokens, nxt, by_start):
                continue
            report(u.line, 'SQL text completed with .arg(): bind the value, or mark the '
                           'identifier/fragment with "// sql-scan: <why>"')
            continue
        if ARG_MARKER.search(u.value) and not _is_format_call(tokens, u):
            report(u.line, 'SQL text with %N markers (filled in later by .arg)')
            continue
        if _is_format_call(tokens, u):
            report(u.line, 'SQL text built with a printf-style format')
            continue
        # Walk the + / % chain around the literal.
        bad = _chain_has_variable(tokens, u, by_start, by_end)
        if bad:
            report(u.line, f'SQL text joined with a non-literal ({bad}) by + or %')
            continue
        # x += <sql literal chain containing a variable> is covered above; a join
        # separator that is SQL glues fragments into a clause.
        prev = u.start - 1
        if prev >= 2 and tokens[prev].text == '(' and tokens[prev - 1].text in ('join',) \
                and tokens[prev - 2].text in ('.', '->'):
            report(u.line, 'SQL fragments glued with join(): mark where the fragments come from')
            continue

    for u in units:
        prev = u.start - 1
        if CLAUSE_SEPARATOR.match(u.value) and prev >= 2 and tokens[prev].text == '(' \
                and tokens[prev - 1].text == 'join' and tokens[prev - 2].text in ('.', '->'):
            report(u.line, 'SQL conditions glued with join(): mark where the conditions come from')

    # Appending to, or filling in, a variable that holds SQL text.
    for k, t in enumerate(tokens):
        if t.kind != 'id' or t.text not in sql_vars:
            continue
        if k > 0 and tokens[k - 1].text in ('.', '->', '::'):
            continue
        after = tokens[k + 1].text if k + 1 < len(tokens) else ''
        if after == '+=':
            end, literal, text = _rhs_chain(tokens, k + 2, by_start)
            if not literal:
                report(t.line, f'SQL variable "{t.text}" extended with a non-literal ({text})')
        elif after in ('.', '->') and k + 2 < len(tokens) and tokens[k + 2].text in (
                'arg', 'append', 'prepend', 'insert', 'replace'):
            call = tokens[k + 2].text
            if k + 3 < len(tokens) and tokens[k + 3].text == '(':
                close = match_forward(tokens, k + 3)
                if call in ('append', 'prepend') and _single_literal(k + 4, close, by_start):
                    continue
                report(t.line, f'SQL variable "{t.text}" changed with .{call}()')
        elif after in JOIN_OPERATORS:
            end, literal, text = operand_forward(tokens, k + 2, by_start)
            if not literal:
                report(t.line, f'SQL variable "{t.text}" joined with a non-literal ({text})')
        elif k > 0 and tokens[k - 1].text in JOIN_OPERATORS and k >= 2 \
                and tokens[k - 2].kind in ('id',) and (k - 2) not in by_end:
            report(t.line, f'SQL variable "{t.text}" joined with a non-literal')

    # Keep one finding per line, and drop the ones carrying a marker.
    seen = set()
    result = []
    for f in sorted(findings, key=lambda f: f.line):
        if f.line in seen:
            continue
        seen.add(f.line)
        if has_marker(f.line, tokens, comments):
            continue
        result.append(f)
    return result


def _single_literal(first, close, by_start):
    # The call's argument list is exactly one literal: a fixed fragment.
    return first in by_start and by_start[first].end == close - 1


def _rhs_chain(tokens, i, by_start):
    """The right-hand side of +=: literal only if every operand is a literal."""
    j = i
    literal = True
    what = ''
    while True:
        end, lit, text = operand_forward(tokens, j, by_start)
        if not lit:
            literal = False
            what = what or text
        if end + 1 < len(tokens) and tokens[end + 1].text in JOIN_OPERATORS:
            j = end + 2
            continue
        if end + 1 < len(tokens) and tokens[end + 1].text == '?':
            # cond ? "a" : "b" -> judge both branches
            j = end + 2
            continue
        if end + 1 < len(tokens) and tokens[end + 1].text == ':':
            j = end + 2
            continue
        return end, literal, what


def _is_format_call(tokens, u):
    k = u.start - 1
    return k >= 1 and tokens[k].text == '(' and tokens[k - 1].text in FORMAT_CALLS


def _chain_has_variable(tokens, u, by_start, by_end):
    # rightwards
    j = u.end
    while j + 1 < len(tokens) and tokens[j + 1].text in JOIN_OPERATORS:
        end, literal, text = operand_forward(tokens, j + 2, by_start)
        if not literal:
            return text
        j = end
    # leftwards
    j = u.start
    while j - 1 >= 0 and tokens[j - 1].text in JOIN_OPERATORS | {'+='}:
        if tokens[j - 1].text == '+=':
            # lhs += "SQL" is a fixed fragment onto whatever lhs holds; the lhs
            # itself is judged where it was built.
            break
        start, literal, text = operand_backward(tokens, j - 2, by_end)
        if not literal:
            return text
        j = start
    return ''


def has_marker(line, tokens, comments):
    """A marker on the line, or in the statement that leads up to it, or a
    function marker above the function the line is in."""
    for at in _statement_lines(line, tokens):
        for text in comments.get(at, ()):
            m = MARKER.search(text)
            if m and m.group(1).strip():
                return True
    body = _enclosing_function_brace(line, tokens)
    if body is not None:
        for at in _statement_lines(tokens[body].line, tokens, upto_index=body):
            for text in comments.get(at, ()):
                m = FUNCTION_MARKER.search(text)
                if m and m.group(1).strip():
                    return True
    return False


def _enclosing_function_brace(line, tokens):
    """The index of the '{' opening the function body that holds `line`."""
    first = next((k for k, t in enumerate(tokens) if t.line >= line), None)
    if first is None:
        return None
    stack = []
    for k in range(first):
        t = tokens[k].text
        if t == '{':
            stack.append(k)
        elif t == '}' and stack:
            stack.pop()
    # innermost-out: a body brace follows ')' or a trailing specifier
    for k in reversed(stack):
        prev = tokens[k - 1].text if k > 0 else ''
        if prev == ')':
            opener = match_backward(tokens, k - 1)
            if opener > 0 and tokens[opener - 1].text in ('if', 'for', 'while', 'switch',
                                                          'catch', 'constexpr'):
                continue  # a block of a statement, not a function body
            return k
        if prev in ('const', 'override', 'noexcept', 'final', 'mutable') \
                or (tokens[k - 1].kind == 'id' and k > 1 and tokens[k - 2].text == '->'):
            return k
    return None


def _statement_lines(line, tokens, upto_index=None):
    # Lines from the start of the statement containing `line` down to `line`,
    # plus a comment block directly above the statement.
    first_on_line = upto_index
    for k, t in enumerate(tokens):
        if first_on_line is not None:
            break
        if t.line == line:
            first_on_line = k
            break
        if t.line > line:
            first_on_line = k
            break
    if first_on_line is None:
        return [line]
    k = first_on_line - 1
    while k >= 0 and tokens[k].text not in (';', '{', '}'):
        k -= 1
    start_line = tokens[k + 1].line if k + 1 < len(tokens) else line
    start_line = min(start_line, line)
    # plus the comment block directly above the statement (lines without code)
    code_lines = {t.line for t in tokens}
    above = start_line - 1
    while above >= 1 and above not in code_lines and start_line - above <= 6:
        above -= 1
    return list(range(above + 1, line + 1))


def iter_files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(SOURCE_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield path


def main(argv):
    list_markers = False
    args = []
    for a in argv[1:]:
        if a == '--list-markers':
            list_markers = True
        elif a.startswith('-'):
            print(f'unknown option {a}', file=sys.stderr)
            return 2
        else:
            args.append(a)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    total = 0
    files = 0
    markers = 0
    sources = {}
    for path in iter_files(args):
        with open(path, encoding='utf-8', errors='replace') as f:
            sources[path] = f.read()
    shared = set()
    for source in sources.values():
        shared |= constants_of(source)
    for path, source in sources.items():
        files += 1
        for number, text in enumerate(source.split('\n'), 1):
            if MARKER.search(text):
                markers += 1
                if list_markers:
                    print(f'{path}:{number}: {text.strip()}')
        for finding in scan_source(source, shared):
            print(f'{path}:{finding.line}: {finding.message}')
            total += 1
    print(f'sql_scan: {files} files, {total} finding(s), {markers} marked place(s)',
          file=sys.stderr)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
