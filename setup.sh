#!/usr/bin/env bash
# Set up everything reader needs on a fresh machine (a virtual environment in .venv with the package
# and its test tools), then build the sample edition from input/ into build/. --no-build skips the build.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
if [ "${1:-}" != "--no-build" ]; then
  .venv/bin/reader build
fi
