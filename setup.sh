#!/usr/bin/env bash
# Set up everything reader and its tests need on a fresh machine, then build the sample edition from
# input/ into build/:
#   - a virtual environment in .venv with reader and its test tools (pip);
#   - a CJK font (covers are drawn with it), a JDK for EPUBCheck and Debian's Chromium, as root with
#     apt-get, only what is missing;
#   - DAISY Ace from tests/node/package-lock.json (npm).
# --no-build skips the build; --no-checkers skips Java, Chromium and Ace (the font is still installed).
set -euo pipefail
cd "$(dirname "$0")"
build=1 checkers=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --checkers) checkers=1 ;;
    --no-checkers) checkers=0 ;;
    *) echo "setup.sh: unknown option $arg (use --no-build, --no-checkers)" >&2; exit 2 ;;
  esac
done

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

missing=()
if ! fc-list :lang=zh file 2>/dev/null | grep -q .; then missing+=(fonts-wqy-microhei fontconfig); fi
if [ "$checkers" = 1 ]; then
  # a JDK, not only a JRE: the tests run EPUBCheck in one JVM through Java's source launcher (jdk.compiler)
  java --list-modules 2>/dev/null | grep -q '^jdk.compiler' || missing+=(default-jdk-headless)
  # fonts-noto-cjk: Chromium draws vertical text (punctuation forms, 一) right only with it; the cover keeps wqy
  for pkg in chromium fonts-wqy-microhei fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "setup.sh: install these Debian packages as root, then run again: ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${missing[@]}" | sort -u)
fi

if [ "$checkers" = 1 ]; then
  # npm ci wipes node_modules: do it only when the lock file changed since the last install.
  if ! cmp -s tests/node/package-lock.json tests/node/node_modules/.installed-lock.json; then
    # Ace drives the system Chromium; its puppeteer and electron must not download browsers of their own.
    (cd tests/node && ELECTRON_SKIP_BINARY_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=true \
      npm ci --no-audit --no-fund --loglevel=error)
    cp tests/node/package-lock.json tests/node/node_modules/.installed-lock.json
  fi
fi

if [ "$build" = 1 ]; then
  .venv/bin/reader build
fi
