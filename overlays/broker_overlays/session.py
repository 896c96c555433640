"""A session with one broker account that the user owns.

``samco.connect(...)`` and the Gopocket ``connect*`` functions return a session: it *is* the
generated ``AuthenticatedClient`` (a subclass, so it is passed as ``client=`` to any generated
operation and type-checks as one), with what owns its lifetime added — the token state,
``logout()``, and closing of both HTTP clients. It is a sync and async context manager; leaving
it closes the HTTP clients but does not log out (a Samco token is meant to be reused until
08:00 IST, so logging out is an explicit call).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from broker_overlays.auth.token_auth import TokenAuth


@dataclass(frozen=True, slots=True)
class TokenState:
    """What is known about the session token, without the token itself."""

    held: bool
    """A token is in memory (False before the first call of a lazily logging-in session)."""
    expires_at: datetime | None
    """When it stops working (None: unknown, e.g. Gopocket sessions last until logout)."""
    renewable: bool
    """The overlays can renew it without a browser (Samco login or refresh token)."""


LogoutCall = Callable[[Any], object]
AsyncLogoutCall = Callable[[Any], Awaitable[object]]


@dataclass(frozen=True, slots=True)
class _Controls:
    broker: str
    auth: TokenAuth
    logout: LogoutCall | None
    alogout: AsyncLogoutCall | None


class SessionControls:
    """Mixed into each broker's session class, in front of the generated client class."""

    __controls: _Controls | None = None

    if TYPE_CHECKING:  # provided by the generated client class this is mixed into

        def get_httpx_client(self) -> httpx.Client: ...

        def get_async_httpx_client(self) -> httpx.AsyncClient: ...

    def bind_session(
        self,
        broker: str,
        auth: TokenAuth,
        *,
        logout: LogoutCall | None = None,
        alogout: AsyncLogoutCall | None = None,
    ) -> Self:
        """Attach the session's auth and logout calls (done once, by the facade)."""
        self.__controls = _Controls(broker, auth, logout, alogout)
        return self

    @property
    def _controls(self) -> _Controls:
        if self.__controls is None:
            raise RuntimeError("not a session made by broker_overlays.samco/gopocket.connect")
        return self.__controls

    @property
    def client(self) -> Self:
        """The generated client to pass as ``client=`` (the session itself)."""
        return self

    @property
    def broker(self) -> str:
        return self._controls.broker

    @property
    def token_state(self) -> TokenState:
        auth = self._controls.auth
        token = auth.token
        return TokenState(
            held=token is not None,
            expires_at=token.expires_at if token is not None else None,
            renewable=auth.provider is not None,
        )

    def logout(self) -> None:
        """End the session at the broker (where it has a logout call) and forget the token
        here and in the token store; a later call logs in again where the session can."""
        controls = self._controls
        try:
            if controls.logout is not None and controls.auth.token is not None:
                controls.logout(self)
        finally:
            controls.auth.invalidate()

    async def alogout(self) -> None:
        controls = self._controls
        try:
            if controls.alogout is not None and controls.auth.token is not None:
                await controls.alogout(self)
        finally:
            controls.auth.invalidate()

    def close(self) -> None:
        """Close the sync HTTP client (use :meth:`aclose` to close both from async code)."""
        self.get_httpx_client().close()

    async def aclose(self) -> None:
        """Close both HTTP clients."""
        await self.get_async_httpx_client().aclose()
        self.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        if self.__controls is None:
            return f"{type(self).__name__}(unbound)"
        state = self.token_state
        return (
            f"{type(self).__name__}(broker={self.broker!r}, token_held={state.held}, "
            f"expires_at={state.expires_at}, renewable={state.renewable})"
        )
