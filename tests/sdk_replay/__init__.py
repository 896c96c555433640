"""Official-SDK replay tests (run by scripts/sdk-replay in .venv-sdk)."""
