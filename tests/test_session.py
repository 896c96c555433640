"""The session object the facades return: it is the generated client, owns its HTTP clients
(sync and async context manager), reports the token state without the token, and logs out."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.applications import Starlette

import gopocket_client
import samco_client
from broker_overlays import gopocket, samco
from broker_overlays.clients import ClientOptions, ClientOptionsKw
from broker_overlays.mock import MockConfig, create_app, in_process, server_of
from broker_overlays.mock.background import BackgroundServer
from gopocket_client.api.rest_orders import get_order_book as gp_book
from samco_client.api.orders import get_order_book

KEY, SECRET = "session-key", "session-secret"
SAMCO_URL, GOPOCKET_URL = "http://mock.samco", "http://mock.gopocket"


def _samco(app: Starlette, account: str) -> samco.SamcoSession:
    sync, async_ = in_process(app)
    return samco.connect(
        KEY, SECRET, base_url=SAMCO_URL, transport=sync, async_transport=async_, account=account
    )


@pytest.fixture
def samco_app() -> Starlette:
    return create_app("samco", config=MockConfig(strict=True), api_key=KEY, api_secret=SECRET)


def test_the_session_is_the_generated_client(samco_app: Starlette) -> None:
    session = _samco(samco_app, "s1")
    assert isinstance(session, samco_client.AuthenticatedClient)
    assert session.client is session
    assert get_order_book.sync(client=session) is not None


def test_token_state_without_the_token(samco_app: Starlette) -> None:
    session = _samco(samco_app, "s2")
    assert session.token_state.held is False  # lazy login
    get_order_book.sync(client=session)
    state = session.token_state
    assert state.held and state.renewable and state.expires_at is not None
    assert "session-secret" not in repr(session) and "token_held=True" in repr(session)


def test_context_manager_closes_both_clients(samco_app: Starlette) -> None:
    with _samco(samco_app, "s3") as session:
        get_order_book.sync(client=session)
    assert session.get_httpx_client().is_closed


async def test_async_context_manager_closes_both_clients(samco_app: Starlette) -> None:
    async with _samco(samco_app, "s4") as session:
        await get_order_book.asyncio(client=session)
    assert session.get_async_httpx_client().is_closed
    assert session.get_httpx_client().is_closed


def test_samco_logout_ends_the_session_at_the_broker_and_forgets_it(
    samco_app: Starlette,
) -> None:
    session = _samco(samco_app, "s5")
    get_order_book.sync(client=session)
    session.logout()
    assert server_of(samco_app).calls["logout"] == 1
    assert session.token_state.held is False
    get_order_book.sync(client=session)  # logs in again
    assert session.token_state.held


async def test_samco_alogout(samco_app: Starlette) -> None:
    session = _samco(samco_app, "s6")
    await get_order_book.asyncio(client=session)
    await session.alogout()
    assert server_of(samco_app).calls["logout"] == 1 and not session.token_state.held


def test_logout_before_any_call_sends_nothing(samco_app: Starlette) -> None:
    session = _samco(samco_app, "s7")
    session.logout()
    assert server_of(samco_app).calls["logout"] == 0


def test_gopocket_session_logout_forgets_the_session() -> None:
    app = create_app("gopocket", config=MockConfig(strict=True))
    sync, async_ = in_process(app)
    state: Any = server_of(app).state
    token = state.issue_session()
    session = gopocket.connect(
        token, base_url=GOPOCKET_URL, transport=sync, async_transport=async_, account="g1"
    )
    assert isinstance(session, gopocket_client.AuthenticatedClient)
    assert gp_book.sync(client=session) is not None
    assert session.token_state.held and not session.token_state.renewable
    session.logout()
    assert not session.token_state.held


def test_typed_keyword_options_match_client_options() -> None:
    fields = set(ClientOptions.__dataclass_fields__)
    assert set(ClientOptionsKw.__annotations__) == fields


def test_a_session_outlives_its_event_loop() -> None:
    """``asyncio.run`` twice on one session (or a stream thread restarted): the second loop
    gets a fresh connection pool instead of the first loop's dead connections."""
    app = create_app("samco", config=MockConfig(rate_limit=False), api_key="k", api_secret="s")
    with BackgroundServer(app) as url, samco.connect("k", "s", base_url=url) as session:
        transport = session.get_async_httpx_client()._transport
        first: list[object] = []

        async def book() -> int:
            answer = await get_order_book.asyncio(client=session)
            first.append(getattr(transport, "_async_transport", None))  # the pool it used
            return len(answer.order_book_details or [])

        assert asyncio.run(book()) == asyncio.run(book()) == 0
        assert first[0] is not first[1]  # the pool of the closed loop was replaced
        assert asyncio.run(book()) == 0
