#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite (CTest over Catch2).
# Exits non-zero on any failure, and when no test was found.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
