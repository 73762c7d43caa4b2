#!/usr/bin/env sh
# Prints a command that runs uv, installing uv from PyPI first when this machine has none.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
if command -v uv >/dev/null 2>&1; then echo uv; exit 0; fi
if python3 -m uv --version >/dev/null 2>&1; then echo "python3 -m uv"; exit 0; fi
if [ -x "$here/.tools/bin/uv" ]; then echo "$here/.tools/bin/uv"; exit 0; fi
echo "Installing uv into .tools/ ..." >&2
if python3 -m venv "$here/.tools" >&2 && "$here/.tools/bin/pip" install -q uv >&2; then
  echo "$here/.tools/bin/uv"; exit 0
fi
python3 -m pip install -q --user uv >&2 || python3 -m pip install -q --user --break-system-packages uv >&2
echo "python3 -m uv"
