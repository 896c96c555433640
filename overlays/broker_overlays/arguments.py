"""Checks at the door: the arguments of the facades (and of :class:`ClientOptions`) are
checked before anything is sent, and a bad one raises
:class:`~broker_overlays.errors.ClientValidationError` naming the argument (never its value:
it may be a secret).

Shared by both brokers' facades, so the rules are written once.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from broker_overlays.errors import ClientValidationError
from broker_overlays.redaction import Secret

_HTTP_SCHEMES = frozenset({"http", "https"})

T = TypeVar("T")


def _type_name(value: object) -> str:
    return type(value).__name__


def _has_control(text: str) -> bool:
    return any(unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} for char in text)


def secret_text(name: str, value: object, *, broker: str | None = None) -> str:
    """The text of a credential (API key, secret, session) given as a ``str`` or
    :class:`Secret`: refused when ``None``, of another type, blank, or holding control
    characters (a trailing newline read from a file, say)."""
    if value is None:
        raise ClientValidationError(f"{name} is missing (got None)", broker=broker)
    text = value.reveal() if isinstance(value, Secret) else value
    if not isinstance(text, str):
        shown = f"Secret({_type_name(text)})" if isinstance(value, Secret) else _type_name(value)
        raise ClientValidationError(f"{name} must be a str or Secret, not {shown}", broker=broker)
    if not text.strip():
        raise ClientValidationError(f"{name} is empty", broker=broker)
    if _has_control(text):
        raise ClientValidationError(
            f"{name} contains control characters (a trailing newline?)", broker=broker
        )
    return text


def plain_text(name: str, value: object, *, broker: str | None = None) -> str:
    """A non-secret identifier (app code, user id, callback URL): a non-blank ``str``
    without control characters."""
    if isinstance(value, Secret) or not isinstance(value, str):
        raise ClientValidationError(f"{name} must be a str, not {_type_name(value)}", broker=broker)
    return secret_text(name, value, broker=broker)


def http_url(name: str, value: object, *, broker: str | None = None) -> str:
    """An absolute ``http://`` or ``https://`` URL with a host and no whitespace or control
    characters (where requests are sent, or where a browser is redirected to)."""
    text = plain_text(name, value, broker=broker)
    if any(char.isspace() for char in text):
        raise ClientValidationError(f"{name} contains whitespace", broker=broker)
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        raise ClientValidationError(f"{name} is not a valid URL ({exc})", broker=broker) from None
    if not parts.scheme or "://" not in text:
        raise ClientValidationError(
            f"{name} has no scheme: write it as https://host[/path]", broker=broker
        )
    if parts.scheme.lower() not in _HTTP_SCHEMES:
        raise ClientValidationError(
            f"{name} must be an http:// or https:// URL, not {parts.scheme}://", broker=broker
        )
    if not parts.hostname:
        raise ClientValidationError(f"{name} has no host", broker=broker)
    return text


def url_mapping(name: str, value: object, *, broker: str | None = None) -> Mapping[str, str]:
    """A mapping of server URLs to replacement URLs (``ClientOptions.servers``)."""
    if not isinstance(value, Mapping):
        raise ClientValidationError(
            f"{name} must be a mapping of URLs, not {_type_name(value)}", broker=broker
        )
    for key, target in value.items():
        if not isinstance(key, str):
            raise ClientValidationError(
                f"{name} keys must be str, not {_type_name(key)}", broker=broker
            )
        http_url(f"{name}[{key!r}]", target, broker=broker)
    return value


def instance(name: str, value: object, kind: type[T], hint: str, *, broker: str | None) -> T:
    """``value`` if it is a ``kind``; else a typed error saying what was expected."""
    if not isinstance(value, kind):
        raise ClientValidationError(
            f"{name} must be {hint}, not {_type_name(value)}", broker=broker
        )
    return value


def with_overrides(options: T | None, default: type[T], overrides: dict[str, Any], *,
                   broker: str) -> T:  # fmt: skip
    """``options`` (or ``default()``) with keyword ``overrides`` applied; an unknown keyword
    or a wrong ``options`` type is a :class:`ClientValidationError`, not a ``TypeError``."""
    if options is None:
        base = default()
    else:
        base = instance("options", options, default, f"a {default.__name__}", broker=broker)
    known = {f.name for f in fields(base)}  # type: ignore[arg-type]
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ClientValidationError(
            f"unknown option(s) {', '.join(unknown)}; {default.__name__} has: "
            + ", ".join(sorted(known)),
            broker=broker,
        )
    try:
        return replace(base, **overrides)  # type: ignore[type-var]
    except ClientValidationError as exc:
        if exc.broker is None:
            exc.broker = broker
        raise


def environ(
    name: str,
    *,
    broker: str,
    kind: Literal["secret", "url", "path"] = "secret",
    required: bool | None = None,
) -> str | None:
    """Environment variable ``name`` checked like the argument it stands for (the error names
    the variable). Secrets are required by default; an unset or empty URL or path is
    ``None`` (not given)."""
    must = kind == "secret" if required is None else required
    value = os.environ.get(name)
    label = f"environment variable {name}"
    if value is None or (not must and not value.strip()):
        if must:
            raise ClientValidationError(f"{label} is not set", broker=broker)
        return None
    if kind == "url":
        return http_url(label, value, broker=broker)
    if kind == "path":
        return plain_text(label, value, broker=broker)
    return secret_text(label, value, broker=broker)


def token_store(value: object, *, broker: str) -> None:
    """``store=`` must be a token store (a path here is a common slip)."""
    from broker_overlays.auth.token_store import TokenStore  # the auth package imports clients

    if value is not None and not isinstance(value, TokenStore):
        hint = (
            " (wrap a path in FileTokenStore(path))" if isinstance(value, str | os.PathLike) else ""
        )
        raise ClientValidationError(
            f"store must be a TokenStore such as FileTokenStore, not {_type_name(value)}{hint}",
            broker=broker,
        )
