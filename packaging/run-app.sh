#!/usr/bin/env bash
# Installs what is needed, builds, and starts TechWinter on its bundled dataset.
# Extra arguments go to the app, e.g. `bash packaging/run-app.sh --db /tmp/mine.sqlite`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/techwinter "$@"
