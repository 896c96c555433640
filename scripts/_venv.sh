# Sourced by the scripts: make sure .venv exists and holds the project with its dev extra.
# Re-installs when pyproject.toml changes (hash stamp), so a fresh clone needs nothing else.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"
stamp="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating $VENV" >&2
  "$PY" -m venv "$VENV"
fi
if [ ! -f "$stamp" ]; then
  echo "[setup] installing the project with its dev extra (log: .venv/install.log)" >&2
  "$VENV/bin/python" -m pip install --quiet --upgrade pip > "$VENV/install.log" 2>&1 || true
  if ! "$VENV/bin/python" -m pip install --quiet -e "$ROOT[dev]" >> "$VENV/install.log" 2>&1; then
    cat "$VENV/install.log" >&2
    echo "[setup] pip install failed" >&2
    exit 1
  fi
  # Packages that scripts/generate adds later (a new broker) are importable without reinstalling.
  site="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  printf '%s\n%s\n' "$ROOT/generated" "$ROOT/overlays" > "$site/broker_toolkit_sources.pth"
  rm -f "$VENV"/.installed-* && touch "$stamp"
fi
export PATH="$VENV/bin:$PATH"
VPY="$VENV/bin/python"
