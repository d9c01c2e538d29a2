#!/usr/bin/env bash
# Do the code and the lower bounds in pyproject.toml agree? Installs every direct dependency at
# the LOWEST version its range admits (uv --resolution lowest-direct) into a throwaway venv and
# runs a focused part of the tests there. Rerun it whenever you change a range in pyproject.toml.
# Not part of ./dev test. Takes a few minutes on a CPU.
#
#   scripts/check_lowest_versions.sh                 # the default test files below
#   scripts/check_lowest_versions.sh tests/core/...  # other pytest arguments instead
#   KEEP_VENV=1 scripts/check_lowest_versions.sh     # keep the venv to look around in it
#
# Exceptions to "lowest": torch stays at its pin in constraints.txt (any other torch is a
# multi-GB download), and PySide6 at its pin (these core tests do not exercise Qt). So those two
# lower bounds are NOT checked here, and neither are transitive packages (they go highest).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
DEFAULT_TESTS=(tests/core/training/test_engine.py tests/core/hub/test_hub.py tests/core/test_config.py
               tests/core/inference/export/test_exporter.py tests/core/inference/test_evaluate.py)

pin() {  # the version constraints.txt pins for a package
    local v
    v=$(grep -iE "^$1==" constraints.txt | head -1 | cut -d= -f3)
    [ -n "$v" ] || { echo "no pin for $1 in constraints.txt" >&2; exit 2; }
    echo "$v"
}

VENV=$(mktemp -d "${TMPDIR:-/tmp}/lorasmith-lowest.XXXXXX")
if [ -n "${KEEP_VENV:-}" ]; then
    echo "venv: $VENV (kept)"
else
    trap 'rm -rf "$VENV"' EXIT
fi
"$PYTHON" -m venv "$VENV"
PY=$VENV/bin/python

# torch first, exactly pinned and with pip (as ./dev does), so nothing pulls another build.
"$PY" -m pip install --quiet "torch==$(pin torch)"
"$PY" -m pip install --quiet uv
torch_installed=$("$PY" -c 'from importlib.metadata import version; print(version("torch"))')  # 2.13.0+cpu
printf 'torch==%s\nPySide6_Essentials==%s\nshiboken6==%s\n' \
    "$torch_installed" "$(pin PySide6_Essentials)" "$(pin shiboken6)" > "$VENV/overrides.txt"

# --upgrade: ignore what the torch install brought along (jinja2 ...), so direct deps go lowest.
uv_install=("$VENV/bin/uv" pip install --python "$PY" --resolution lowest-direct --upgrade
            --override "$VENV/overrides.txt" -e ".[dev]")
plan=$("${uv_install[@]}" --dry-run 2>&1) || { echo "$plan" >&2; exit 1; }
if grep -qiE '^ *[-+] torch(==| )' <<<"$plan"; then
    echo "$plan" >&2
    echo "uv wants to replace torch $torch_installed: stopping before a large download." >&2
    exit 1
fi
"${uv_install[@]}"

echo "Direct dependencies as installed:"
"$PY" - <<'EOF'
import re, tomllib
from importlib.metadata import version
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for req in project["dependencies"] + project["optional-dependencies"]["dev"]:
    name = re.match(r"[A-Za-z0-9_.-]+", req).group(0)
    print(f"  {name:20} {version(name):14} ({req})")
EOF

[ $# -gt 0 ] || set -- "${DEFAULT_TESTS[@]}"
QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -x -p no:cacheprovider "$@"
