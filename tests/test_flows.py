"""The flow drivers: one generator of logic, run blocking (``run``) or awaited (``arun``)."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from collections.abc import Awaitable, Callable
from types import SimpleNamespace
from typing import Any

import pytest

from broker_overlays.flows import Call, Flow, Io, Sleep, arun, run


class Boom(Exception):
    pass


class Log(list[str]):
    """Records which way each effect was done."""

    def io(self, name: str, value: Any = None, error: BaseException | None = None) -> Io[Any]:
        def sync() -> Any:
            self.append(f"sync {name}")
            if error is not None:
                raise error
            return value

        async def async_() -> Any:
            await asyncio.sleep(0)
            self.append(f"async {name}")
            if error is not None:
                raise error
            return value

        return Io(sync, async_)


def both(make: Callable[[Log], Flow[Any]]) -> tuple[tuple[Any, list[str]], tuple[Any, list[str]]]:
    """Run a fresh flow with each driver: (result, effects) per driver."""
    sync_log, async_log = Log(), Log()
    sync_result = run(make(sync_log))
    async_result = asyncio.run(arun(make(async_log)))
    return (sync_result, sync_log), (async_result, async_log)


def adder(log: Log) -> Flow[int]:
    total = 0
    for n in (1, 2, 3):
        total += yield log.io(f"read {n}", n)
    yield log.io("write", None)
    return total


def test_sync_and_async_run_the_same_flow_to_the_same_result() -> None:
    (sync_result, sync_log), (async_result, async_log) = both(adder)
    assert sync_result == async_result == 6
    steps = ["read 1", "read 2", "read 3", "write"]
    assert sync_log == [f"sync {s}" for s in steps]
    assert async_log == [f"async {s}" for s in steps]


def test_a_flow_without_effects_returns_at_once() -> None:
    def empty() -> Flow[str]:
        return "done"
        yield  # a generator

    assert run(empty()) == "done"
    assert asyncio.run(arun(empty())) == "done"


def test_an_effects_exception_is_thrown_into_the_flow_where_try_except_handles_it() -> None:
    def flow(log: Log) -> Flow[str]:
        try:
            yield log.io("call", error=Boom("refused"))
        except Boom as exc:
            answer = f"handled {exc}"
        else:
            answer = "not reached"
        after = yield log.io("next", "more")  # the flow goes on after handling it
        return f"{answer}, {after}"

    (sync_result, sync_log), (async_result, async_log) = both(flow)
    assert sync_result == async_result == "handled refused, more"
    assert sync_log == ["sync call", "sync next"]
    assert async_log == ["async call", "async next"]


def test_an_unhandled_effect_exception_propagates_after_the_flows_cleanup() -> None:
    cleaned: list[str] = []

    def flow(log: Log) -> Flow[None]:
        try:
            yield log.io("call", error=Boom("network"))
        finally:
            cleaned.append("finally")
        raise AssertionError("not reached")

    with pytest.raises(Boom, match="network"):
        run(flow(Log()))
    with pytest.raises(Boom, match="network"):
        asyncio.run(arun(flow(Log())))
    assert cleaned == ["finally", "finally"]


def test_exceptions_raised_by_the_flow_keep_their_cause() -> None:
    def flow(log: Log) -> Flow[None]:
        try:
            yield log.io("call", error=Boom("low level"))
        except Boom as exc:
            raise ValueError("typed error") from exc

    for runner in (run, lambda f: asyncio.run(arun(f))):
        with pytest.raises(ValueError, match="typed error") as info:
            runner(flow(Log()))
        assert isinstance(info.value.__cause__, Boom)


def test_an_exception_handled_in_the_flow_is_not_the_context_of_a_later_one() -> None:
    """As with inline code: once the flow's ``except`` is done, a later error is unrelated."""

    def flow(log: Log) -> Flow[None]:
        try:
            yield log.io("call", error=Boom("handled"))
        except Boom:
            pass
        raise ValueError("later")

    for runner in (run, lambda f: asyncio.run(arun(f))):
        with pytest.raises(ValueError, match="later") as info:
            runner(flow(Log()))
        assert info.value.__context__ is None


def test_base_exceptions_reach_the_flow_too() -> None:
    """A cancellation (or Ctrl-C) during an effect still runs the flow's ``with``/``finally``."""
    held = threading.Lock()
    released: list[bool] = []

    def flow(error: BaseException) -> Flow[None]:
        with held:
            try:
                yield Log().io("wait", error=error)
            finally:
                released.append(True)

    with pytest.raises(KeyboardInterrupt):
        run(flow(KeyboardInterrupt()))

    async def cancelled() -> None:
        await arun(flow(asyncio.CancelledError()))

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(cancelled())
    assert released == [True, True]
    assert not held.locked()


def test_a_real_cancellation_is_thrown_into_the_flow() -> None:
    seen: list[str] = []

    def flow() -> Flow[None]:
        try:
            yield Sleep(10)
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    async def main() -> None:
        task = asyncio.create_task(arun(flow()))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert seen == ["cancelled"]


def test_sub_flows_compose_with_yield_from() -> None:
    def read(log: Log, name: str) -> Flow[str]:
        try:
            value = yield log.io(name, name.upper(), Boom(name) if name == "bad" else None)
        except Boom:
            return "?"
        return str(value)

    def flow(log: Log) -> Flow[str]:
        first = yield from read(log, "a")
        second = yield from read(log, "bad")
        third = yield from read(log, "c")
        return first + second + third

    (sync_result, _), (async_result, _) = both(flow)
    assert sync_result == async_result == "A?C"


def test_sleep_uses_the_given_sleep_of_each_driver() -> None:
    slept: list[tuple[str, float]] = []

    def sleep(seconds: float) -> None:
        slept.append(("sync", seconds))

    async def async_sleep(seconds: float) -> None:
        slept.append(("async", seconds))

    def flow() -> Flow[None]:
        yield Sleep(1.5, sleep, async_sleep)

    run(flow())
    asyncio.run(arun(flow()))
    assert slept == [("sync", 1.5), ("async", 1.5)]


def test_call_runs_a_generated_operation_sync_or_async() -> None:
    calls: list[tuple[str, dict[str, Any]]] = []

    def sync_detailed(**kwargs: Any) -> str:
        calls.append(("sync", kwargs))
        return "response"

    async def asyncio_detailed(**kwargs: Any) -> str:
        calls.append(("async", kwargs))
        return "response"

    operation: Any = SimpleNamespace(sync_detailed=sync_detailed, asyncio_detailed=asyncio_detailed)

    def flow() -> Flow[str]:
        response: str = yield Call(operation, {"client": "c", "body": 1})
        return response

    assert run(flow()) == "response"
    assert asyncio.run(arun(flow())) == "response"
    assert calls == [("sync", {"client": "c", "body": 1}), ("async", {"client": "c", "body": 1})]


def test_async_effects_really_await() -> None:
    """The async driver awaits each effect, so other tasks run while a flow waits."""
    order: list[str] = []

    def flow(name: str, pause: Callable[[float], Awaitable[None]]) -> Flow[None]:
        order.append(f"{name} start")
        yield Sleep(0.01, async_sleep=pause)
        order.append(f"{name} end")

    async def main() -> None:
        await asyncio.gather(arun(flow("a", asyncio.sleep)), arun(flow("b", asyncio.sleep)))

    asyncio.run(main())
    assert order[:2] == ["a start", "b start"]


def test_a_propagated_error_is_freed_without_the_cycle_collector() -> None:
    """The drivers keep no reference to an error in their frames (a cycle would keep a
    response body or a request alive until the next garbage collection)."""

    class Tracked(Exception):
        pass

    def fail() -> None:
        raise Tracked  # made by the effect: no closure of the test holds it

    async def afail() -> None:
        raise Tracked

    def flow() -> Flow[None]:
        yield Io(fail, afail)

    def caught() -> weakref.ref[BaseException]:
        try:
            run(flow())
        except Tracked as exc:
            return weakref.ref(exc)
        raise AssertionError("not raised")

    async def acaught() -> weakref.ref[BaseException]:
        try:
            await arun(flow())
        except Tracked as exc:
            return weakref.ref(exc)
        raise AssertionError("not raised")

    gc.disable()
    try:
        assert caught()() is None
        assert asyncio.run(acaught())() is None
    finally:
        gc.enable()
