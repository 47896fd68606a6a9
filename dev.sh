#!/usr/bin/env bash
# Ladder's single entry point for people and CI.
#
#   ./dev.sh serve   install what is missing, build, and serve the app on localhost
#   ./dev.sh test    install what is missing and run every check and test
#   ./dev.sh bench   build the release app and measure it in Chromium (not a test)
#   ./dev.sh profile where the large organisation's time goes, by function
#   ./dev.sh fuzz    a million mutated snapshot files and stored values, in release
#
# Installs are pinned, idempotent and non-interactive; see scripts/install.sh.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/install.sh
source scripts/install.sh

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

case "${1:-}" in
  serve)
    install_build_tools
    port="${PORT:-8080}"
    echo
    echo "Ladder will be at: http://127.0.0.1:${port}/   (Ctrl+C stops the server)"
    echo
    # --no-autoreload: the page served is the deployable build, with its
    # security policy and service worker (web/post-build.mjs).
    exec trunk serve --release --no-autoreload --port "$port"
    ;;
  test)
    install_build_tools
    install_leptosfmt
    install_browser
    exec scripts/test.sh
    ;;
  bench)
    install_build_tools
    install_browser
    # What people get, measured for size and speed; and beside it, at
    # dist/hooks/, a build with the generator hook that makes the datasets.
    trunk build --release
    LADDER_FEATURES=test-hooks trunk build --release --dist dist/hooks
    exec node bench/run.mjs
    ;;
  profile)
    install_build_tools
    install_browser
    # bench/profile.mjs: the release build with the test hooks, its wasm
    # keeping function names (wasm-opt -g), served with itself at hooks/.
    LADDER_FEATURES=test-hooks LADDER_WASM_OPT_PARAMS=-g trunk build --release --dist dist/profile
    hooks=$(mktemp -d)
    cp -r dist/profile/. "$hooks" && mv "$hooks" dist/profile/hooks
    node bench/profile.mjs
    ;;
  fuzz)
    # tests/fuzz.rs, with a million cases per target (FUZZ_CASES) from a
    # fresh seed (FUZZ_SEED); a failure prints how to run it again alone.
    install_rust_parts
    export FUZZ_CASES="${FUZZ_CASES:-1000000}"
    export FUZZ_SEED="${FUZZ_SEED:-$(date +%s)}"
    started=$SECONDS
    cargo test --release --locked --test fuzz every_mutated -- --nocapture
    printf '\nFuzzed %s cases per target in %ss.\n' "$FUZZ_CASES" $((SECONDS - started))
    ;;
  *) usage ;;
esac
