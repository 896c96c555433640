"""The redaction rules one by one: registered secrets by value (cut-off starts included),
secret-named keys and parameters in every shape HTTP logs take, what must stay visible, and
robustness (huge, adversarial, nested or odd input never hangs, crashes or raises).

``LEAK_CHECKS`` counts the (secret x text) leak checks made; the module prints it at the end.
"""

from __future__ import annotations

import json
import logging
import secrets
from urllib.parse import quote

import pytest

from broker_overlays.errors import MalformedResponseError, body_excerpt
from broker_overlays.redaction import (
    _NAME_HINTS,
    LOGGERS,
    MASK,
    SECRET_NAMES,
    RedactingFilter,
    Secret,
    install_log_redaction,
    redact,
    redact_excerpt,
    redact_value,
    register_secret,
)

from leak_checks import _forget_test_secrets, _report_leak_checks  # noqa: F401

LEAK_CHECKS = 0


def leaked(secret: str, text: str, *, prefix: int = 4, window: int = 8) -> bool:
    """Whether ``text`` shows ``secret``: its first ``prefix`` characters (so no longer start
    either) or any ``window`` characters of it. Counted in ``LEAK_CHECKS``."""
    global LEAK_CHECKS
    LEAK_CHECKS += 1
    if secret[:prefix] in text:
        return True
    return any(secret[i : i + window] in text for i in range(max(1, len(secret) - window + 1)))


def assert_masked(secret: str, *texts: str, prefix: int = 4) -> None:
    for text in texts:
        assert not leaked(secret, text, prefix=prefix), f"{secret!r} shows in {text!r}"


def fresh(length: int = 43) -> str:
    """A random secret of ``length`` characters that starts with a letter and a digit (so that
    no 4-character start of it is an ordinary word)."""
    return ("S3" + secrets.token_urlsafe(length))[:length]


# --------------------------------------------------------------------------- registered values


def test_the_adversarial_truncated_session_token() -> None:
    token = fresh(43)
    register_secret(token)
    body = '{"status":"Success","userSession": "' + token[:18]
    cleaned = redact(body)
    assert cleaned == '{"status":"Success","userSession": "' + MASK
    for k in range(4, 44):
        assert token[:k] not in cleaned
    assert_masked(token, cleaned)
    # The same through the error a client raises for it, and its excerpt.
    error = MalformedResponseError("bad body", raw_body=body_excerpt(body))
    assert_masked(token, error.raw_body, str(error), repr(error))


@pytest.mark.parametrize("key", ["remarks", "statusMessage", "data"])
def test_a_cut_off_registered_secret_is_masked_under_any_key(key: str) -> None:
    token = fresh(43)
    register_secret(token)
    for k in range(4, 43):
        body = f'{{"status":"Success","{key}": "{token[:k]}'
        cleaned = redact(body)
        assert cleaned.endswith(MASK), cleaned
        assert_masked(token, cleaned)


@pytest.mark.parametrize(
    "template",
    [
        "{cut}",  # the whole text
        "body: {cut}\nnext line",
        "body: {cut}...(truncated)",
        "body: {cut}...",
        "body: {cut}\u2026",
        "body: {cut} [truncated]",
        'MalformedResponseError(raw_body=\'{{"a": "{cut}\')',
        "raw_body='{cut}'",
        "(b'location', b'https://app.example.com/cb#{cut}')",
        "Bearer {cut}",
        "x={cut}",
    ],
)
def test_cut_off_starts_at_every_kind_of_cut(template: str) -> None:
    token = fresh(43)
    register_secret(token)
    for k in (4, 5, 8, 18, 42):
        text = template.format(cut=token[:k])
        if template == "{cut}" and k < 8:
            assert redact(text) == text  # a whole short text is a complete value, kept
            continue
        assert_masked(token, redact(text))


def test_registered_secret_masked_by_value_in_every_spelling() -> None:
    secret = "Ab3/+=xY9" + secrets.token_hex(8) + 'é"q'
    register_secret(secret)
    texts = [
        f"raw {secret} raw",
        "json " + json.dumps({"v": secret}),
        "ascii json " + json.dumps({"v": secret}, ensure_ascii=True),
        f"url ?x={quote(secret, safe='')}&y=1",
        f"path /{quote(secret)}/z",
    ]
    for text in texts:
        assert_masked(secret, redact(text))
    digest = secrets.token_hex(32)
    register_secret(digest)
    assert_masked(digest, redact(f"checkSum sent: {digest.upper()}"), prefix=8)


def test_secret_objects_register_and_never_show() -> None:
    value = fresh(30)
    secret = Secret(value)
    assert value not in repr(secret) and value not in str(secret) and value not in f"{secret}"
    assert secret.reveal() == value
    assert_masked(value, redact(f"logged {value}"))
    register_secret(Secret(fresh(20)))  # a Secret is accepted too
    register_secret(None)
    register_secret("abc")  # too short to register: nothing to mask
    assert redact("abc") == "abc"


def test_prefixes_are_not_masked_where_they_are_ordinary_text() -> None:
    register_secret("samco-api-key-WORDY1")
    register_secret("3045" + secrets.token_hex(30))
    kept = [
        '{"broker": "samco", "x": 1}',  # a complete value, not a cut
        "connected to samco",  # an ordinary word at the end
        "samco",  # the whole text, short
        '{"token": "3045", "qty": "1"}',  # Gopocket instrument id
        "3045",
        "the order book of samco\nnext",
    ]
    for text in kept:
        assert redact(text) == text


# --------------------------------------------------------------------------- names and keys


def test_unregistered_truncated_json_value_is_masked_to_the_end() -> None:
    value = "abcdef" + secrets.token_urlsafe(30)
    cleaned = redact('{"status":"Success","userSession": "' + value)
    assert cleaned == '{"status":"Success","userSession": "' + MASK
    assert_masked(value, cleaned)
    multi = redact('{"sessionToken": "' + value + '\n{"next": "line"}')
    assert multi == '{"sessionToken": "' + MASK + '\n{"next": "line"}'


def test_query_parameters_mask_the_code_and_keep_the_user() -> None:
    code, user = "Xq7" + secrets.token_urlsafe(12), "AB1234"
    cleaned = redact(f"https://app.example.com/cb?authCode={code}&userId={user}")
    assert cleaned == f"https://app.example.com/cb?authCode={MASK}&userId={user}"
    assert_masked(code, cleaned)


def test_httpcore_location_header_tuple() -> None:
    text = (
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 302, b'Found', "
        "[(b'location', b'https://app.example.com/cb?authCode=SECRET&userId=AB1'), "
        "(b'content-length', b'0')])"
    )
    cleaned = redact(text)
    assert "SECRET" not in cleaned
    assert "authCode=***&userId=AB1" in cleaned
    assert "(b'content-length', b'0')" in cleaned


@pytest.mark.parametrize("name", ["x-session-token", "X-Session-Token", "AUTHORIZATION"])
def test_httpcore_secret_header_tuples_case_insensitive(name: str) -> None:
    value = "Zz9" + secrets.token_urlsafe(20)
    cleaned = redact(f"[(b'{name}', b'{value}'), (b'{name}', b'Bearer {value}')]")
    assert_masked(value, cleaned)
    assert f"(b'{name}', b'***')" in cleaned and f"(b'{name}', b'Bearer ***')" in cleaned


def test_httpx_request_line_with_code() -> None:
    code = "Qw2" + secrets.token_urlsafe(20)
    line = (
        f'HTTP Request: GET https://app.example/callback?code={code}&state=st8 "HTTP/1.1 302 Found"'
    )
    cleaned = redact(line)
    assert cleaned == line.replace(code, MASK)


def test_diagnostic_codes_stay_visible() -> None:
    kept = [
        '{"status":"Failure","errorCode":"EOAUTH009","statusMessage":"expired"}',
        "errorCode=EOAUTH009&statusCode=401",
        '{"productCode": "MIS", "exchangeCode": "NSE", "expiryCode": "0", "statusCode": 500}',
        '{"code": 401, "message": "expired"}',
        "error code: EOAUTH009",
        '{"token": "3045", "instrument_token": "14366", "tokenId": "550e8400"}',
        '{"sessionToken": null, "accessToken": "", "checkSum": true}',
        "SamcoSessionLogin(api_key=Secret(***), api_secret=Secret(***))",
        "Bearer session obtained",
        "password reset needed",
    ]
    for text in kept:
        assert redact(text) == text


def test_code_is_masked_only_as_a_whole_name() -> None:
    assert redact('{"code": "Ab12cd34"}') == '{"code": "***"}'
    assert redact("{'code': 'Ab12cd34'}") == "{'code': '***'}"
    assert redact("grant_type=authorization_code&code=Ab12cd34&x=1") == (
        "grant_type=authorization_code&code=***&x=1"
    )
    for other in ("errorCode", "my_code", "my-code", "statusCode", "code2"):
        text = f'{{"{other}": "Ab12cd34"}} {other}=Ab12cd34'
        assert redact(text) == text


SHAPES = [
    '{{"{name}": "{value}", "x": 1}}',  # JSON
    '{{"{name}":"{value}',  # truncated JSON
    "{{'{name}': '{value}', 'x': 1}}",  # Python repr
    '"{{\\"{name}\\": \\"{value}\\", \\"x\\": 1}}"',  # JSON inside a JSON string
    "https://h.example/p?a=1&{name}={value}&b=2",  # query
    "{name}={value}&b=2",  # form body
    "[(b'{name}', b'{value}')]",  # httpcore header tuple
    "{name}: {value}",  # header line
    "Obj({name}='{value}')",  # dataclass repr
]


@pytest.mark.parametrize("name", sorted(SECRET_NAMES))
@pytest.mark.parametrize("shape", SHAPES)
def test_every_secret_name_in_every_shape(name: str, shape: str) -> None:
    value = "Vv7" + secrets.token_urlsafe(18)
    text = shape.format(name=name, value=value)
    cleaned = redact(text)
    if name == "code" and shape == "{name}: {value}":
        assert cleaned == text  # prose, not a parameter
        return
    assert_masked(value, cleaned)
    assert MASK in cleaned and name in cleaned  # the name itself stays, for diagnosis
    assert "x" not in shape or "x" in cleaned


@pytest.mark.parametrize("name", ["camelCaseName", "userSessionId", "myapikey"])
def test_names_that_merely_contain_a_secret_name(name: str) -> None:
    text = f'{{"{name}": "value1234"}} {name}=value1234'
    assert redact(text) == text


def test_percent_encoded_callback_inside_another_url() -> None:
    code = "Pq1" + secrets.token_urlsafe(15)
    text = f"redirect_url=https%3A%2F%2Fapp%2Fcb%3Fcode%3D{code}%26userId%3DAB1"
    cleaned = redact(text)
    assert_masked(code, cleaned)
    assert cleaned.endswith("%26userId%3DAB1")


def test_shapes_jwt_hex_bearer() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0." + secrets.token_urlsafe(32)
    for text in (jwt, f"token={jwt}", f"x {jwt[:40]}", f"auth {jwt.split('.')[0]}."):
        assert "eyJ" not in redact(text)
    digest = secrets.token_hex(32)
    assert redact(f"sum {digest} end") == f"sum {MASK} end"
    assert redact(f"sum {digest.upper()}") == f"sum {MASK}"
    bearer = "Tk9" + secrets.token_urlsafe(24)
    assert redact(f"sent Bearer {bearer} to x") == f"sent Bearer {MASK} to x"
    assert redact("Cookie: sid=abc; other=def") == f"Cookie: {MASK}"


def test_every_secret_name_passes_the_quick_pre_test() -> None:
    assert all(any(hint in name for hint in _NAME_HINTS) for name in SECRET_NAMES)
    assert all(name == name.lower() for name in SECRET_NAMES)


def test_an_odd_registered_secret_breaks_nothing() -> None:
    odd = "\ud800odd-secret-" + secrets.token_hex(4)
    register_secret(odd)
    assert redact("hello world") == "hello world"
    assert redact(f"x {odd} y") == f"x {MASK} y"


def test_redact_is_idempotent() -> None:
    text = '{"sessionToken": "abc123xyz", "q": "?code=xyz789&u=1"}'
    once = redact(text)
    assert redact(once) == once


# --------------------------------------------------------------------------- robustness


def test_any_input_type_never_raises() -> None:
    class Broken:
        def __str__(self) -> str:
            raise RuntimeError("no")

    class Weird(str):
        def __str__(self) -> str:
            return "not me"

    assert redact(b'{"code": "Ab12cd34"}') == '{"code": "***"}'
    assert redact(b"\xff\xfe{\x80 code=Ab12cd34").endswith("code=***")
    assert redact(bytearray(b"otp=123456")) == "otp=***"
    assert redact(None) == "None"
    assert redact(12345) == "12345"
    assert redact(Broken()) == MASK
    assert redact(Weird('{"otp": "123456"}')) == '{"otp": "***"}'
    assert redact("") == ""
    assert redact("\x00\ud800 code=\x00x") == "\x00\ud800 code=***"


def test_ten_megabytes_of_quotes_and_backslashes_complete() -> None:
    token = fresh(43)
    register_secret(token)
    unit = '"\\' * 7 + '"code": "' + "\\\\\"'" * 5 + "'sessionToken': '" + "\\" * 9 + '"'
    body = (unit * (10_000_000 // len(unit) + 1))[:10_000_000]
    body += '\n"userSession": "' + token[:20]
    cleaned = redact(body)  # must finish (linear-time rules); no time limit asserted
    assert cleaned.endswith('"userSession": "' + MASK)
    assert_masked(token, cleaned[-200:])
    noisy = ("eyJh" * 100 + "code=" * 100 + token[:4] + " ") * 20_000  # many near misses
    assert isinstance(redact(noisy), str)


def test_redact_value_walks_deep_and_odd_values() -> None:
    deep: list[object] = []
    cursor = deep
    for _ in range(100_000):
        inner: list[object] = []
        cursor.append(inner)
        cursor = inner
    cursor.append('{"sessionToken": "abcdef123"}')
    result = redact_value(deep)
    assert isinstance(result, list)
    repr(result)  # bounded depth: printable
    json.dumps(result)

    cyclic: list[object] = ["otp=123456"]
    cyclic.append(cyclic)
    out = redact_value(cyclic)
    assert out[0] == "otp=***" and out[1] is out

    token = fresh(43)
    register_secret(token)
    value = {
        "status": "Ok",
        "result": [{"accessToken": "unregistered-1234", "token": "3045", "code": 401}],
        "nested": ({"userSession": {"deep": "x"}}, [token, token[:20] + "..."]),
        token: "a key",
        "code": "Ab12cd34",
        "none": None,
    }
    cleaned = redact_value(value)
    text = repr(cleaned)
    assert_masked(token, text)
    assert "unregistered-1234" not in text
    assert cleaned["result"][0]["token"] == "3045" and cleaned["result"][0]["code"] == 401
    assert cleaned["nested"][0]["userSession"] == MASK
    assert isinstance(cleaned["nested"], tuple)
    assert cleaned["code"] == MASK and cleaned["none"] is None
    assert redact_value({"otp=123456", 5}) == {"otp=***", 5}
    assert redact_value(b"code=Ab12cd34") == "code=***"


def test_redact_excerpt_cuts_after_redacting() -> None:
    token = fresh(43)
    register_secret(token)
    for offset in range(-45, 5):  # the secret straddles the limit at every position
        text = "x" * (100 + offset) + f'"data": "{token}" tail'
        excerpt = redact_excerpt(text, 100 + 9)
        assert len(excerpt) <= 109 + len("...(truncated)")
        assert_masked(token, excerpt)
    huge = ("a" * 1000 + f' "sessionToken": "{fresh(40)}" ') * 10_000
    assert redact_excerpt(huge, 2000).endswith("...(truncated)")
    assert redact_excerpt("short otp=123456") == "short otp=***"
    assert redact_excerpt(b'{"code": "Zz1x2y3"}') == '{"code": "***"}'
    assert redact_excerpt({"refresh_token": "r-123456"}) == "{'refresh_token': '***'}"
    unregistered = "Uu8" + secrets.token_urlsafe(40)
    cut = redact_excerpt('{"a": 1, "sessionToken": "' + unregistered + '"}', 40)
    assert_masked(unregistered, cut)


# --------------------------------------------------------------------------- logging


def _record(
    name: str, msg: object, *args: object, exc: BaseException | None = None
) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc else None
    return logging.LogRecord(name, logging.DEBUG, __file__, 1, msg, args or None, exc_info)


def test_filter_redacts_args_broken_formats_and_tracebacks() -> None:
    value = "Lg5" + secrets.token_urlsafe(20)
    record = _record("httpx", "GET %s %r", f"https://x/cb?code={value}", {"accessToken": value})
    RedactingFilter().filter(record)
    assert_masked(value, record.getMessage())
    broken = _record("httpx", "GET %s %s", f"sessionToken={value}")  # one argument short
    RedactingFilter().filter(broken)
    assert_masked(value, broken.getMessage())
    try:
        raise ValueError(f"failed with refresh_token={value}")
    except ValueError as exc:
        failing = _record("broker_overlays.auth", "oops", exc=exc)
    RedactingFilter().filter(failing)
    assert failing.exc_text and "refresh_token=***" in failing.exc_text
    assert_masked(value, logging.Formatter().format(failing))


def test_installed_factory_redacts_httpcore_header_records(
    caplog: pytest.LogCaptureFixture,
) -> None:
    install_log_redaction()
    install_log_redaction()  # idempotent
    code, session = "Hc4" + secrets.token_urlsafe(16), "Hs4" + secrets.token_urlsafe(30)
    message = (
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 302, b'Found', "
        f"[(b'location', b'https://app.example.com/cb?authCode={code}&userId=AB1'), "
        f"(b'x-session-token', b'{session}'), (b'authorization', b'Bearer {session}')])"
    )
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("httpcore.http11").debug(message)
        logging.getLogger("samco_client.api").debug("body %s", f'{{"sessionToken": "{session}"}}')
        logging.getLogger("unrelated.app").debug("kept %s", "as is")
    texts = [r.getMessage() for r in caplog.records] + [caplog.text]
    for text in texts:
        assert_masked(code, text)
        assert_masked(session, text)
    assert "authCode=***&userId=AB1" in caplog.records[0].getMessage()
    assert caplog.records[2].getMessage() == "kept as is"
    assert set(LOGGERS) >= {
        "broker_overlays",
        "httpx",
        "httpcore",
        "samco_client",
        "gopocket_client",
    }
