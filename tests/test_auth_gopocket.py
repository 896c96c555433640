"""Gopocket vendor SSO: login URL, callback parsing and the checksum exchange (both response
shapes, both API generations, every documented URL; the default is the SDK's)."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import httpx
import pytest
import respx

import gopocket_client
from broker_overlays import catalog
from broker_overlays.auth.gopocket_sso import (
    DEFAULT_LOGIN_PATH,
    LoginPath,
    SsoCallback,
    aexchange,
    exchange,
    login_url,
    parse_callback,
)
from broker_overlays.errors import (
    BrokerFailureError,
    ClientValidationError,
    InvalidCredentialsError,
)
from broker_overlays.redaction import Secret

BASE = "https://web.gopocket.in"
PATHS = {
    "rest": "/am/sso/vendor/auth/getUserDetails",
    "open-api-v1": "/open-api/order/v1/vendor/getUserDetails",
}
DEFAULT = PATHS["open-api-v1"]
"""Where the exchange posts without ``generation`` / ``login_path`` (the published SDK's URL)."""
LOGIN_PATHS: dict[LoginPath, str] = {
    "/open-api/order/v1/vendor/getUserDetails": "getUserDetailsV1",
    "/am/sso/vendor/getUserDetails": "getUserDetailsVendor",
    "/am/sso/vendor/auth/getUserDetails": "getUserDetails",
    "/rest/gopocketAPIService/sso/getUserDetails": "getUserDetailsLegacy",
}
# The reference's worked example.
USER, AUTH_CODE, SECRET = "AB1234", "AUTHCODE123", "SECRETXYZ"
CHECKSUM = "52d642425531979d1a6434a428c137db9c989c3ed0a64b6107baf52353a4cb78"


def response_examples(operation_id: str) -> dict[str, Any]:
    cat = catalog("gopocket")
    op = cat.by_id(operation_id)
    content = cat.document["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]
    return {k: v["value"] for k, v in content["application/json"]["examples"].items()}


def callback() -> SsoCallback:
    return parse_callback(f"https://myapp.example.com/cb?authCode={AUTH_CODE}&userId={USER}")


def client() -> gopocket_client.Client:
    return gopocket_client.Client(base_url=BASE)


def test_login_url_comes_from_the_spec() -> None:
    assert (
        catalog("gopocket").document["x-browser-flows"]["login"]["url"]
        == "https://web.gopocket.in/"
    )
    assert login_url("APP42") == "https://web.gopocket.in/?appcode=APP42"


def test_parse_callback() -> None:
    cb = callback()
    assert cb.user_id == USER and cb.auth_code.reveal() == AUTH_CODE
    assert AUTH_CODE not in repr(cb)
    assert USER not in cb.store_key
    for url in (
        "https://myapp.example.com/cb?userId=AB1234",
        "https://myapp.example.com/cb?authCode=X",
        "https://myapp.example.com/cb?authCode=&userId=AB1234",
        "https://myapp.example.com/cb",
    ):
        with pytest.raises(InvalidCredentialsError):
            parse_callback(url)


@pytest.mark.parametrize("generation", ["rest", "open-api-v1"])
@pytest.mark.parametrize("shape", ["envelope", "noren"])
def test_exchange_accepts_both_response_shapes(generation: Any, shape: str) -> None:
    operation = "getUserDetails" if generation == "rest" else "getUserDetailsV1"
    body = response_examples(operation)[shape]
    with respx.mock(base_url=BASE) as router:
        route = router.post(PATHS[generation]).respond(200, json=body)
        token = exchange(callback(), SECRET, client(), generation=generation)
    assert json.loads(route.calls[0].request.content) == {"checkSum": CHECKSUM}
    assert "authorization" not in route.calls[0].request.headers
    assert token.access_token.reveal() == "<session>"
    assert token.expires_at is None  # valid until logout


def test_default_exchange_posts_to_the_sdk_url() -> None:
    assert DEFAULT_LOGIN_PATH == DEFAULT
    with respx.mock(base_url=BASE) as router:
        route = router.post(DEFAULT).respond(200, json={"stat": "Ok", "userSession": "s"})
        exchange(callback(), SECRET, client())
    assert route.call_count == 1


@pytest.mark.parametrize(("path", "operation"), LOGIN_PATHS.items())
async def test_every_login_url_is_reachable(path: LoginPath, operation: str) -> None:
    assert catalog("gopocket").find("POST", path).operation_id == operation  # type: ignore[union-attr]
    with respx.mock(base_url=BASE) as router:
        route = router.post(path).respond(200, json={"stat": "Not_ok", "emsg": "Invalid checksum"})
        with pytest.raises(InvalidCredentialsError) as info:
            exchange(callback(), SECRET, client(), login_path=path)
        assert info.value.operation == operation
        router.post(path).respond(200, json={"stat": "Ok", "userSession": "s"})
        token = await aexchange(callback(), SECRET, client(), login_path=path)
    assert token.access_token.reveal() == "s" and route.call_count == 2
    assert json.loads(route.calls[0].request.content) == {"checkSum": CHECKSUM}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"login_path": "/am/sso/getUserDetails"}, "login_path must be one of"),
        ({"generation": "v2"}, "generation must be one of"),
        ({"generation": "rest", "login_path": DEFAULT}, "give one of the two"),
    ],
)
def test_bad_login_choice_is_refused_before_sending(kwargs: dict[str, Any], message: str) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        route = router.post().respond(200, json={"stat": "Ok", "userSession": "s"})
        with pytest.raises(ClientValidationError, match=message):
            exchange(callback(), SECRET, client(), **kwargs)
    assert route.call_count == 0


def test_generation_and_its_own_path_agree() -> None:
    with respx.mock(base_url=BASE) as router:
        route = router.post(PATHS["rest"]).respond(200, json={"stat": "Ok", "userSession": "s"})
        exchange(callback(), SECRET, client(), "rest", login_path=PATHS["rest"])  # type: ignore[arg-type]
    assert route.call_count == 1


async def test_exchange_async() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post(DEFAULT).respond(200, json={"stat": "Ok", "userSession": "gp-sess-async"})
        token = await aexchange(callback(), Secret(SECRET), client())
    assert token.access_token.reveal() == "gp-sess-async"


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (200, {"stat": "Not_ok", "emsg": "Invalid checksum"}, "Invalid checksum"),
        (200, {"status": "Not_ok", "message": "User not found", "result": []}, "User not found"),
        (200, {"status": "Ok", "message": "Success", "result": []}, "Success"),
        (200, {"stat": "Ok"}, None),
        (401, {"status": "error", "message": "Unauthorized"}, "Unauthorized"),
    ],
)
async def test_exchange_failures_are_invalid_credentials(
    status: int, body: Any, message: str | None
) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post(DEFAULT).respond(status, json=body)
        with pytest.raises(InvalidCredentialsError) as sync_info:
            exchange(callback(), SECRET, client())
        with pytest.raises(InvalidCredentialsError) as async_info:
            await aexchange(callback(), SECRET, client())
    for err in (sync_info.value, async_info.value):
        assert (err.broker, err.operation, err.status_code) == (
            "gopocket",
            "getUserDetailsV1",
            status,
        )
        assert err.broker_message == message
        for secret in (SECRET, AUTH_CODE, CHECKSUM):
            assert secret not in str(err) and secret not in repr(err)


def test_exchange_unreadable_response() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post(DEFAULT).respond(200, text="<html>oops</html>")
        with pytest.raises(InvalidCredentialsError, match="unreadable"):
            exchange(callback(), SECRET, client())


def test_exchange_maps_transport_failure_errors() -> None:
    class Raising(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            raise BrokerFailureError(
                "failure envelope", broker="gopocket", broker_message="Bad checksum"
            )

    failing = gopocket_client.Client(base_url=BASE, httpx_args={"transport": Raising()})
    with pytest.raises(InvalidCredentialsError) as info:
        exchange(callback(), SECRET, failing)
    assert info.value.broker_message == "Bad checksum"


def test_exchange_logs_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="broker_overlays")
    with respx.mock(base_url=BASE) as router:
        router.post(DEFAULT).respond(200, json={"stat": "Ok", "userSession": "gp-sess-logged"})
        token = exchange(callback(), SECRET, client())
    assert "session obtained" in caplog.text
    for secret in (SECRET, AUTH_CODE, CHECKSUM, "gp-sess-logged"):
        assert secret not in caplog.text and secret not in repr(token)


def test_checksum_is_sent_for_a_lower_case_user_id() -> None:
    """The SDKs upper-case userId before hashing; so does the exchange."""
    cb = parse_callback(f"https://myapp.example.com/cb?authcode={AUTH_CODE}&userid=ab1234")
    with respx.mock(base_url=BASE) as router:
        route = router.post(DEFAULT).respond(200, json={"stat": "Ok", "userSession": "s"})
        exchange(cb, SECRET, client())
    expected = hashlib.sha256(f"AB1234{AUTH_CODE}{SECRET}".encode()).hexdigest()
    assert json.loads(route.calls[0].request.content) == {"checkSum": expected}
