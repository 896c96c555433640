"""Keep secrets (API secrets, session/refresh tokens, checksums, auth codes) out of logs,
reprs and errors.

Auth code wraps every secret it handles in :class:`Secret` (whose repr/str never shows the
value) and registers it, so :func:`redact` can scrub it from any text, and the logging filter
installed by :func:`install_log_redaction` scrubs it from every record of the loggers that
see HTTP traffic.

What :func:`redact` masks, in this order (each rule replaces the secret part with ``***``):

1. **Registered secrets, by value**, anywhere in the text; also their JSON-escaped,
   URL-encoded and (hex digests) upper/lower-case spellings.
2. **Secret shapes**: JWTs (``eyJ...`` header, a dot, and whatever follows, so a JWT cut
   after its header is masked too), runs of 64+ hex digits (SHA-256 checksums), the token
   after ``Bearer`` and the rest of a ``Cookie:`` / ``Set-Cookie:`` line.
3. **Values of secret-named keys and parameters**, registered or not (``SECRET_NAMES``,
   matched case-insensitively and only as a *whole* name: ``errorCode``, ``productCode``,
   ``statusCode`` or ``expiryCode`` are not ``code``), in JSON bodies and Python reprs
   (``"userSession": "..."``, ``'sessionToken': '...'``, escaped JSON ``\\"code\\": \\"...\\"``),
   HTTP header tuples as httpcore logs them (``(b'x-session-token', b'...')``,
   ``(b'authorization', b'Bearer ...')``), URL queries and form bodies (``?authCode=...&``,
   also percent-encoded inside another URL: ``%3Fcode%3D...%26``) and ``name: value`` /
   ``name=value`` text. A quoted value whose closing quote is missing (a truncated body) is
   masked to the end of the line or text. The ``Bearer``/``Basic``/``Token`` scheme word of
   an authorization value is kept. Kept visible on purpose: empty values, ``null``/``true``/
   ``false``/``None``, an already masked value, numeric ``code`` values of at most 4 digits
   (error or status codes, never an OAuth code), and ``code: ...`` without quotes (prose such
   as "error code: EOAUTH009").
4. **A cut-off start of a registered secret**: text that ends (at the end of the text or a
   line, before a truncation marker such as ``...`` or ``(truncated)``, or before one closing
   quote) with the first 4 or more characters of a registered secret, like
   ``"userSession": "S3cr3t`` of a truncated body. Not masked, to spare ordinary words: a
   prefix made of letters only that follows whitespace or starts the text, a prefix glued to
   a preceding letter or digit unless it is 8+ characters long, and a text that *is* a
   prefix shorter than 8 characters (a complete JSON value such as ``"3045"``).

``token`` is deliberately **not** a secret name: in Gopocket bodies ``"token": "3045"`` is an
instrument id, needed to diagnose an order-book or order error. The one place where a
``token`` key carries a credential (Samco's ``POST /oauth/revoke`` body) only ever carries
access or refresh tokens the library obtained and registered, masked by value (and by shape,
for JWTs).

:func:`redact` never raises: it accepts any object (bytes are decoded, undecodable bytes
replaced) and, should a rule ever fail, gives back ``***`` rather than the unmasked text.
All its regular expressions run in linear time on any input (no nested quantifiers that can
backtrack). :func:`redact_value` walks nested values without recursion; :func:`redact_excerpt`
makes a bounded, redacted excerpt of a possibly huge body.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any, Final
from urllib.parse import quote, quote_plus

MASK: Final = "***"
_MIN_SECRET_LENGTH: Final = 4
_MIN_PREFIX: Final = 4
"""The shortest cut-off start of a registered secret that is masked."""
_SURE_PREFIX: Final = 8
"""From this length on, a cut-off start is masked even where a shorter one is spared."""
_MAX_DEPTH: Final = 200
""":func:`redact_value` replaces containers nested deeper than this with ``_TOO_DEEP``."""
_TOO_DEEP: Final = "<nested too deep>"
_EXCERPT_MARGIN: Final = 4096
_MAX_PREFIX_REACH: Final = 8192
"""Cut-off starts are looked for up to this length (secrets are far shorter)."""

SECRET_NAMES: Final = frozenset(
    {
        "code",
        "authcode",
        "auth_code",
        "auth-code",
        "usersession",
        "user_session",
        "sessiontoken",
        "session_token",
        "session-token",
        "x-session-token",
        "accesstoken",
        "access_token",
        "access-token",
        "x-access-token",
        "refreshtoken",
        "refresh_token",
        "refresh-token",
        "idtoken",
        "id_token",
        "susertoken",
        "key",  # Gopocket getUser: the WebSocket key (result[0].key) is a session credential
        "checksum",
        "check_sum",
        "authorization",
        "proxy-authorization",
        "apisecret",
        "api_secret",
        "api-secret",
        "secretkey",
        "secret_key",
        "secretapikey",
        "client_secret",
        "clientsecret",
        "secret",
        "apikey",
        "api_key",
        "api-key",
        "x-api-key",
        "password",
        "passwd",
        "otp",
        "totp",
        "code_verifier",
        "codeverifier",
        "cookie",
        "set-cookie",
    }
)
"""Key, parameter and header names whose values are always masked (compared lower-cased)."""


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored by common prefixes, so that a position
    where no word starts is rejected after one or two character tests."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)


def _bare_name() -> str:
    """A secret name that does not continue a longer name (``errorCode`` is not ``code``),
    starting with a plain character class so that the regex engine can skip ahead fast."""
    firsts = sorted({name[0] for name in SECRET_NAMES})
    branches = "|".join(
        f"(?<=[{c}{c.upper()}])(?i:{_trie(sorted(n[1:] for n in SECRET_NAMES if n[0] == c))})"
        for c in firsts
    )
    first = "".join(firsts) + "".join(firsts).upper()
    boundary = r"(?:(?<![\w.%-].)|(?<=%3[fF].)|(?<=%26.))"  # also inside an encoded URL
    return f"[{first}]{boundary}(?:{branches})"


_NAMES: Final = _trie(sorted(SECRET_NAMES))
_NAME_HINTS: Final = (
    "code", "session", "token", "sum", "authorization", "secret", "key", "passw", "otp",
    "cookie",
)  # fmt: skip
"""Every secret name contains one of these (a cheap test before the name rules run)."""

# A value after a secret name. Every alternative consumes one character per step from a set
# disjoint from its terminator, so matching is linear; closing quotes are optional, so a value
# cut off by truncation runs to the end of the line/text.
_VALUE: Final = r"""
    (?:
        (?P<b>b)?
        (?:
            (?P<q1>")(?P<v1>(?:[^"\\\r\n]|\\.)*)(?P<c1>")?
          | (?P<q2>')(?P<v2>(?:[^'\\\r\n]|\\.)*)(?P<c2>')?
          | (?P<q3>\\")(?P<v3>(?:[^"\\\r\n]|\\[^"\r\n])*)(?P<c3>\\")?
          | (?P<q4>\\')(?P<v4>(?:[^'\\\r\n]|\\[^'\r\n])*)(?P<c4>\\')?
        )
      | (?P<v5>(?:(?i:bearer|basic|token)[ \t]+)?(?:[^\s,;&#}\])"'<>\\%]|%(?!26))+)
    )
"""
# JSON and repr keys: "name": ..., 'name': ..., \"name\": ... (JSON inside a JSON string).
_QUOTED_KEY: Final = re.compile(
    rf"""(?P<key>(?P<kq>["'])(?P<name>(?i:{_NAMES}))(?:(?P=kq)|\\(?P=kq)))
        (?P<sep>\s*:\s*){_VALUE}""",
    re.VERBOSE,
)
# Header tuples as httpcore logs them: (b'name', b'value').
_TUPLE_KEY: Final = re.compile(
    rf"(?P<key>\(\s*b?(?P<kq>[\"'])(?P<name>(?i:{_NAMES}))(?P=kq))(?P<sep>\s*,\s*){_VALUE}",
    re.VERBOSE,
)
# Query and form parameters, kwargs reprs, header lines: name=value, name: value.
_BARE_KEY: Final = re.compile(
    rf"(?P<key>(?P<name>{_bare_name()})(?![\w-]))(?P<sep>[ \t]*(?:=|%3[dD]|:)[ \t]*){_VALUE}",
    re.VERBOSE,
)
_COOKIE_LINE: Final = re.compile(r"(?im)^([ \t]*(?:set-)?cookie[ \t]*:[ \t]*)(?!\*\*\*)\S[^\r\n]*")
_SCHEME: Final = re.compile(r"(?i)(?:bearer|basic|token)[ \t]+")
_KEPT_LITERALS: Final = frozenset({"null", "true", "false", "none", MASK})
# JWT / JWS / JWE: header, a dot, then whatever follows (a cut-off JWT too).
_JWT: Final = re.compile(r"eyJ(?<![\w-]eyJ)[\w-]{4,}\.[\w-]*(?:\.[\w-]*){0,3}", re.ASCII)
# SHA-256 (and longer) hex digests: Gopocket checksums.
_HEX: Final = re.compile(r"(?<![0-9A-Za-z])[0-9a-fA-F]{64,}(?![0-9A-Za-z])")
# The token after "Bearer": at least 8 characters with a digit or symbol (not a word).
_BEARER: Final = re.compile(
    r"(?P<scheme>[bB](?<![\w-].)(?i:earer)[ \t]+)(?=[A-Za-z.]*[0-9_~+/=-])[\w.~+/=-]{8,}"
)
_ANCHOR: Final = re.compile("[\r\n]|\\.\\.\\.|\u2026|\\(truncated|\\[truncated|<truncated")
_CUT_CHARS: Final = re.compile("[\\s'\"(\\[<.\u2026]")
_TRUNCATION_MARKERS: Final = ("...", "\u2026", "(truncated", "[truncated", "<truncated")


# --------------------------------------------------------------------------- registry


_Snapshot = tuple[tuple[str, ...], re.Pattern[str] | None, tuple[str, ...], int]


class _Registry:
    """Registered secrets and the lookup structures derived from them (rebuilt on change)."""

    def __init__(self) -> None:
        self.secrets: set[str] = set()
        self.version = 0
        self._built = -1
        self.spellings: tuple[str, ...] = ()
        self.heads: re.Pattern[str] | None = None
        self.ordered: tuple[str, ...] = ()
        self.longest = 0

    def add(self, value: str) -> None:
        if value not in self.secrets:
            self.secrets.add(value)
            self.version += 1

    def snapshot(self) -> _Snapshot:
        if self._built != self.version:
            spellings: set[str] = set()
            for secret in self.secrets:
                spellings.update(_spellings(secret))
            self.spellings = tuple(sorted(spellings, key=len, reverse=True))
            self.ordered = tuple(sorted(self.secrets))
            heads = sorted({secret[:_MIN_PREFIX] for secret in self.secrets})
            self.heads = re.compile(_trie(heads)) if heads else None
            longest = max((len(s) for s in self.secrets), default=0)
            self.longest = min(longest, _MAX_PREFIX_REACH)
            self._built = self.version
        return self.spellings, self.heads, self.ordered, self.longest


def _spellings(secret: str) -> set[str]:
    """``secret`` as it may appear in a text: raw, JSON-escaped, URL-encoded, hex re-cased."""
    found = {secret}
    encoders: tuple[Callable[[str], str], ...] = (
        lambda s: quote(s, safe=""),
        lambda s: quote_plus(s, safe=""),
        quote,
        lambda s: json.dumps(s)[1:-1],
        lambda s: json.dumps(s, ensure_ascii=False)[1:-1],
    )
    for encode in encoders:
        try:
            found.add(encode(secret))
        except Exception:  # e.g. a lone surrogate that cannot be URL-encoded
            continue
    if all(c in "0123456789abcdefABCDEF" for c in secret):
        found.update({secret.lower(), secret.upper()})
    return {s for s in found if len(s) >= _MIN_SECRET_LENGTH}


_lock = threading.RLock()
_registry = _Registry()


class Secret:
    """A string that never shows itself in ``repr``/``str``/f-strings; ``.reveal()`` gets it."""

    __slots__ = ("__value",)

    def __init__(self, value: str) -> None:
        self.__value = value
        register_secret(value)

    def reveal(self) -> str:
        return self.__value

    def __repr__(self) -> str:
        return f"Secret({MASK})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.reveal() == self.__value

    def __hash__(self) -> int:
        return hash(self.__value)

    def __bool__(self) -> bool:
        return bool(self.__value)


def register_secret(value: str | Secret | None) -> None:
    """Remember ``value`` so that :func:`redact` masks it (and its cut-off starts) anywhere."""
    if isinstance(value, Secret):
        value = value.reveal()
    if isinstance(value, str) and len(value) >= _MIN_SECRET_LENGTH:
        with _lock:
            _registry.add(str.__str__(value))


# --------------------------------------------------------------------------- redact


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return str.__str__(value)  # a plain str, even for a subclass with odd methods
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    return str(value)


def redact(text: object) -> str:
    """``text`` with every registered secret and every secret-shaped or secret-named value
    masked (see the module docs for the rules). Accepts any object; never raises."""
    try:
        return _redact(_as_text(text))
    except Exception:  # never let a redaction bug become a leak (or a crash in logging)
        return MASK


def _redact(text: str) -> str:
    with _lock:
        spellings, heads, ordered, longest = _registry.snapshot()
    for spelling in spellings:
        if spelling in text:
            text = text.replace(spelling, MASK)
    if "eyJ" in text:
        text = _JWT.sub(MASK, text)
    text = _HEX.sub(MASK, text)
    lowered = text.lower()
    if "bearer" in lowered:
        text = _BEARER.sub(lambda m: m.group("scheme") + MASK, text)
    if "cookie" in lowered:
        text = _COOKIE_LINE.sub(lambda m: m.group(1) + MASK, text)
    if any(hint in lowered for hint in _NAME_HINTS):
        text = _QUOTED_KEY.sub(_mask_named, text)
        text = _TUPLE_KEY.sub(_mask_named, text)
        text = _BARE_KEY.sub(_mask_named, text)
    if heads is not None:
        text = _mask_cut_prefixes(text, heads, ordered, longest)
    return text


def _mask_named(match: re.Match[str]) -> str:
    name = match.group("name").lower()
    sep = match.group("sep")
    for n in "12345":
        value = match.group(f"v{n}")
        if value is not None:
            break
    else:  # pragma: no cover - one alternative always matches
        return match.group(0)
    opener = match.group(f"q{n}") if n != "5" else ""
    closer = (match.group(f"c{n}") or "") if n != "5" else ""
    if n == "5" and name == "code" and ":" in sep:
        return match.group(0)  # prose ("error code: EOAUTH009"), not a parameter
    if (
        not value
        or value.lower() in _KEPT_LITERALS
        or value.startswith(MASK)
        or (n == "5" and value.startswith("Secret("))
        or (name == "code" and value.isdigit() and len(value) <= 4)
    ):
        return match.group(0)
    scheme = _SCHEME.match(value)
    kept = scheme.group(0) if scheme and scheme.end() < len(value) else ""
    prefix = match.group("b") or ""
    return f"{match.group('key')}{sep}{prefix}{opener}{kept}{MASK}{closer}"


def _is_cut(text: str, at: int) -> bool:
    """Whether a value ending at ``at`` looks cut off: end of text or line, a truncation
    marker, or one closing quote (and a closing parenthesis) right before one of those."""
    end = len(text)
    i = at
    quoted = i < end and text[i] in "'\""
    if quoted:
        i += 1
        if i < end and text[i] == ")":
            i += 1
    while i < end and text[i] in " \t":
        i += 1
    if i >= end or text[i] in "\r\n":
        return True
    return not quoted and text.startswith(_TRUNCATION_MARKERS, i)


def _mask_cut_prefixes(
    text: str, heads: re.Pattern[str], ordered: tuple[str, ...], longest: int
) -> str:
    """``text`` with each cut-off start of a registered secret masked. ``ordered``: the
    secrets, sorted; ``heads`` finds where their first characters occur."""
    spans: list[tuple[int, int]] = []
    position = 0
    backed: dict[int, int] = {}
    while (match := heads.search(text, position)) is not None:
        start = match.start()
        # A cut-off start ends where the text looks cut off (a line end, the end, a marker,
        # after trailing blanks and a closing quote); none within reach: skip on.
        found = _ANCHOR.search(text, start + _MIN_PREFIX)
        anchor = found.start() if found else len(text)
        if anchor not in backed:
            backed[anchor] = _back_off(text, anchor)
        first_cut = max(backed[anchor], start + _MIN_PREFIX)
        if first_cut - start > longest:
            position = first_cut - longest
            continue
        best = _cut_prefix_at(text, start, ordered, longest, first_cut)
        if best:
            spans.append((start, start + best))
            position = start + best
        else:
            position = start + 1  # heads may overlap ("abab"): look again one further
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for start, stop in spans:
        parts += [text[position:start], MASK]
        position = stop
    parts.append(text[position:])
    return "".join(parts)


def _back_off(text: str, anchor: int) -> int:
    """The earliest place before ``anchor`` (a line end, the text's end or a truncation
    marker) where the text may be cut: before trailing blanks and one closing quote."""
    i = anchor
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i > 1 and text[i - 1] == ")" and text[i - 2] in "'\"":
        return i - 2
    if i > 0 and text[i - 1] in "'\"":
        return i - 1
    return i


def _cut_prefix_at(
    text: str, start: int, ordered: tuple[str, ...], longest: int, first_cut: int
) -> int:
    """Length of the cut-off start of a registered secret at ``start`` to mask (0: none).

    Tries the places where the text may be cut (``first_cut`` and the later cut characters
    within reach), each with one binary search among the sorted secrets, so the cost does
    not grow with the number of secrets that share their first characters (every HS256 JWT
    starts with the same 36).
    """
    end = len(text)
    reach = min(end, start + longest)
    length = 0
    at = first_cut
    while at <= reach:
        if _is_cut(text, at):
            probe = text[start:at]
            place = bisect.bisect_left(ordered, probe)
            if place == len(ordered) or not ordered[place].startswith(probe):
                break  # not the start of a secret: no longer text is either
            length = at - start
        if at >= end:
            break
        found = _CUT_CHARS.search(text, at + 1)
        at = found.start() if found else end
    if length < _MIN_PREFIX:
        return 0
    before = text[start - 1] if start else ""
    if before.isalnum() and length < _SURE_PREFIX:
        return 0  # glued to a longer word
    if text[start : start + length].isalpha() and (not before or before.isspace()):
        return 0  # an ordinary word
    if start == 0 and length == end and length < _SURE_PREFIX:
        return 0  # the whole text: a complete short value, not a cut-off secret
    return length


def redact_excerpt(value: object, limit: int = 2000, marker: str = "...(truncated)") -> str:
    """A redacted excerpt of at most ``limit`` characters (plus ``marker`` when cut) of a
    response body: ``str``, ``bytes`` (decoded, bad bytes replaced) or a parsed JSON value.

    Redacts *before* cutting, over a window a little longer than ``limit``, so a secret that
    straddles the limit is masked as a whole and never shows a part of itself; a huge body
    costs no more than its first ``limit`` + a few kB characters.
    """
    try:
        if isinstance(value, str | bytes | bytearray | memoryview):
            text = _as_text(value)
        else:
            text = repr(redact_value(value))
        limit = max(0, int(limit))
        with _lock:
            margin = max(_EXCERPT_MARGIN, 2 * _registry.snapshot()[3])
        window = text[: limit + margin]
        cleaned = redact(window)
        if len(window) == len(text):
            return cleaned if len(cleaned) <= limit else cleaned[:limit] + marker
        # The window was cut: drop its tail, where a masked cut-off value may end.
        keep = min(limit, max(0, len(cleaned) - margin // 2))
        return cleaned[:keep] + marker
    except Exception:
        return MASK


# --------------------------------------------------------------------------- values


def _is_secret_name(key: object) -> bool:
    return isinstance(key, str) and key.lower() in SECRET_NAMES


def _masked_entry(key: object, value: Any) -> bool:
    """Whether the value of this key is masked whole (not walked)."""
    if not _is_secret_name(key) or value is None or isinstance(value, bool):
        return False
    if isinstance(value, str) and not value:
        return False
    if isinstance(key, str) and key.lower() == "code":
        if isinstance(value, int) or (
            isinstance(value, str) and value.isdigit() and len(value) <= 4
        ):
            return False  # an error/status code
    return True


def _children(value: Any) -> Iterator[tuple[Any, Any]]:
    if isinstance(value, dict):
        return iter(list(value.items()))
    return iter(list(enumerate(value)))


def redact_value(value: Any) -> Any:
    """Redact the strings inside a JSON-like value (dicts, lists, tuples, strings); the values
    of secret-named keys (see :data:`SECRET_NAMES`) are masked whole.

    Walks without recursion: any depth works; containers nested deeper than 200 levels
    (no broker answer is) become ``"<nested too deep>"``, so that ``repr`` or
    ``json.dumps`` of the result work too. Shared and self-containing values are fine.
    """
    try:
        return _redact_value(value)
    except Exception:
        return MASK


def _leaf(value: Any) -> Any:
    if isinstance(value, str | bytes | bytearray):
        return redact(value)
    if isinstance(value, set | frozenset):
        return type(value)(redact(v) if isinstance(v, str) else v for v in value)
    return value


_Frame = tuple[Any, Any, Iterator[tuple[Any, Any]], int, Any, Any]
"""(source container, its redacted copy so far, the children still to do, depth,
the parent's copy and the slot in it that holds this copy)."""


def _redact_value(root: Any) -> Any:
    if not isinstance(root, dict | list | tuple):
        return _leaf(root)
    done: dict[int, Any] = {}
    keep_alive: list[Any] = []  # ids stay unique while their objects live

    def open_frame(source: Any, depth: int, parent: Any, slot: Any) -> _Frame:
        out: Any = {} if isinstance(source, dict) else []
        done[id(source)] = out
        keep_alive.append(source)
        return source, out, _children(source), depth, parent, slot

    stack: list[_Frame] = [open_frame(root, 0, None, None)]
    result: Any = None
    while stack:
        source, out, children, depth, parent, slot = stack[-1]
        descended = False
        for key, child in children:
            is_dict = isinstance(out, dict)
            if is_dict and _masked_entry(key, child):
                out[_leaf(key)] = MASK
                continue
            where = _leaf(key) if is_dict else len(out)
            if isinstance(child, dict | list | tuple):
                if id(child) in done:
                    converted: Any = done[id(child)]
                elif depth + 1 > _MAX_DEPTH:
                    converted = _TOO_DEEP
                else:
                    stack.append(open_frame(child, depth + 1, out, where))
                    converted = stack[-1][1]
                    descended = True
            else:
                converted = _leaf(child)
            if is_dict:
                out[where] = converted
            else:
                out.append(converted)
            if descended:
                break
        if descended:
            continue
        stack.pop()
        finished = tuple(out) if isinstance(source, tuple) else out
        done[id(source)] = finished
        if parent is not None and finished is not out:
            parent[slot] = finished  # a tuple replaces the list it was built in
        result = finished
    return result


# --------------------------------------------------------------------------- logging


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (args applied), exception text and stack with secrets
    masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            _scrub(record)
        except Exception:  # never break logging, never let a record through unscrubbed
            record.msg, record.args = MASK, None
            record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def _scrub(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: keep what it had, scrubbed
        try:
            arguments = repr(record.args)
        except Exception:
            arguments = MASK
        message = f"{record.msg!s} (unformattable arguments: {arguments})"
        record.args = None
    cleaned = redact(message)
    if cleaned != message or record.args:
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)


LOGGERS: Final = ("broker_overlays", "httpx", "httpcore", "samco_client", "gopocket_client")
_factory_installed = False


def install_log_redaction() -> None:
    """Redact every record created by the loggers that see requests, responses or secrets
    (``httpx``, ``httpcore.*``, ``broker_overlays.*``, the generated clients), at any level.

    Done in the log-record factory rather than with logger filters, because a filter on
    ``httpcore`` does not run for records of its children (``httpcore.http11``). The factory
    runs when a record is created, so httpcore's DEBUG traces (response header tuples with a
    redirect ``location``) are masked before any handler, filter or ``caplog`` sees them.
    """
    global _factory_installed
    with _lock:
        if _factory_installed:
            return
        previous = logging.getLogRecordFactory()
        redacting = RedactingFilter()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if str(record.name).split(".", 1)[0] in LOGGERS:
                redacting.filter(record)
            return record

        logging.setLogRecordFactory(factory)
        _factory_installed = True
