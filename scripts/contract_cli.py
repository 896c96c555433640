"""Run the schemathesis CLI against served mock brokers (driven by ``scripts/contract-cli``,
which starts the servers and stops them on exit).

Per broker: wait for the server's ``base_url``, write a config that is ``schemathesis.toml``
plus the broker's authentication, run ``schemathesis run`` with JSON + NDJSON reports, and
print one summary line (cases, checks, failures, stateful steps, time). Authentication:

- Samco: schemathesis logs in itself through ``POST /session/token`` with the mock's API key
  and secret (``[auth.dynamic.openapi.sessionToken]``) and logs in again after a 401, because
  the ``logout`` operation, tested like any other, ends the session it is given.
- Gopocket: this script performs the vendor SSO (login page -> ``authCode`` -> checksum ->
  ``getUserDetails``), which schemathesis cannot, and hands the session to the ``bearerAuth``
  scheme (``[auth.openapi.bearerAuth]``); Gopocket has no logout operation.

Missing or rejected auth fails the run (``[warnings] fail-on = ["missing_auth"]``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from contract_support import CONFIG_FILE, SAMCO_KEY, SAMCO_SECRET, login  # noqa: E402

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")

AUTH = {
    "samco": f"""
[auth.dynamic.openapi.sessionToken]
path = "/session/token"
method = "post"
payload = {{ apiKey = "{SAMCO_KEY}", apiSecret = "{SAMCO_SECRET}" }}
extract_selector = "/sessionToken"
retry_on = [401]
""",
    "gopocket": """
[auth.openapi.bearerAuth]
bearer = "${CONTRACT_SESSION}"
""",
}


def base_url(server_log: Path, timeout: float = 60) -> str:
    """The ``base_url`` a starting ``mock-server`` prints (then wait until it answers)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = server_log.read_text() if server_log.exists() else ""
        for line in text.splitlines():
            if line.startswith("base_url: "):
                url = line.split(" ", 1)[1].strip()
                try:
                    httpx.get(f"{url}/__mock__/state", timeout=2).raise_for_status()
                    return url
                except httpx.HTTPError:
                    break
        time.sleep(0.1)
    raise SystemExit(f"contract-cli: no mock server in {server_log}:\n{server_log.read_text()}")


def summarise(report_dir: Path) -> dict[str, int]:
    """Cases, checks, failures and stateful steps (and the seed that reproduces the run) from
    the JSON and NDJSON reports."""
    (run,) = report_dir.glob("json-*.json")
    report = json.loads(run.read_text())
    numbers: Counter[str] = Counter()
    numbers["seed"] = report["seed"]
    numbers["cases"] = report["test_cases"]["generated"]
    numbers["failures"] = report["test_cases"]["unique_failures"] + len(report["errors"])
    for ndjson in report_dir.glob("ndjson-*.ndjson"):
        with ndjson.open() as events:
            for line in events:
                if not line.startswith('{"ScenarioFinished"'):
                    continue
                scenario = json.loads(line)["ScenarioFinished"]
                recorder = scenario["recorder"]
                for results in recorder.get("checks", {}).values():
                    numbers["checks"] += len(results)
                    numbers["failed checks"] += sum(r["status"] == "failure" for r in results)
                if scenario["phase"] == "stateful":
                    cases = recorder.get("cases", {}).values()
                    numbers["stateful steps"] += len(cases)
                    numbers["links followed"] += sum(
                        bool(c.get("is_transition_applied")) for c in cases
                    )
    return dict(numbers)


def run(broker: str, url: str, work: Path, max_examples: int, extra: Sequence[str]) -> int:
    config = work / f"{broker}.toml"
    config.write_text(CONFIG_FILE.read_text() + AUTH[broker])
    env = dict(os.environ)
    if broker == "gopocket":
        with httpx.Client(base_url=url, timeout=10) as client:
            env["CONTRACT_SESSION"] = login(client, broker)
    reports = work / f"{broker}-reports"
    command = [
        str(SCHEMATHESIS), "--config-file", str(config), "--no-color", "run",
        f"{url}/__mock__/openapi.json", "--url", url, "--max-examples", str(max_examples),
        "--request-timeout", "10", "--report", "json,ndjson", "--report-dir", str(reports),
        *extra,
    ]  # fmt: skip
    log = work / f"{broker}.schemathesis.log"
    started = time.monotonic()
    with log.open("w") as out:
        code = subprocess.call(command, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=work)
    elapsed = time.monotonic() - started
    try:
        numbers = summarise(reports)
    except (ValueError, OSError, KeyError) as exc:
        numbers = {"report": 0}
        print(f"contract-cli: {broker}: no readable report ({exc})", file=sys.stderr)
    if code != 0:
        sys.stdout.write(log.read_text())
    verdict = "ok" if code == 0 else f"FAILED (exit {code})"
    details = ", ".join(f"{k} {v}" for k, v in numbers.items())
    print(f"contract-cli {broker}: {verdict}: {details}; {elapsed:.1f}s", flush=True)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="contract-cli", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--work", type=Path, required=True, help="scratch folder (configs, reports)"
    )
    parser.add_argument(
        "--server", action="append", default=[], metavar="BROKER=LOG", help="a started mock-server"
    )
    parser.add_argument("--max-examples", type=int, default=5)
    parser.add_argument(
        "--brokers", default="samco,gopocket", help="(used by scripts/contract-cli)"
    )
    parser.add_argument("--keep", type=Path, help="copy the reports and logs to this folder")
    args, extra = parser.parse_known_args(argv)
    # SIGTERM (scripts/contract-cli stopping) unwinds like Ctrl-C: subprocess.call then kills
    # the running schemathesis.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if not args.server:
        parser.error("no --server BROKER=LOG (run scripts/contract-cli)")
    failed = 0
    for server in args.server:
        broker, log = server.split("=", 1)
        url = base_url(Path(log))
        failed |= run(broker, url, args.work, args.max_examples, extra) != 0
    if args.keep is not None:
        shutil.copytree(args.work, args.keep, dirs_exist_ok=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
