#!/usr/bin/env bash
# Every check and test, in order of speed; stops at the first failure.
# Run through ./dev.sh test, which installs the tools first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh

started=$SECONDS
step() {
  say "$1"
  local t=$SECONDS
  shift
  "$@"
  printf '    (%ss)\n' $((SECONDS - t))
}

# leptosfmt formats inside view! macros; with --quiet it names no file, so
# on failure it runs again to show which files and how they differ.
markup_formatted() {
  leptosfmt --check --quiet src >/dev/null 2>&1 && return
  leptosfmt --check src 2>&1 | sed -n '/❌/,$p'
  echo "Run 'leptosfmt src' to format them." >&2
  return 1
}

step "Formatting (cargo fmt --check)" cargo fmt --all --check
step "Formatting view! markup (leptosfmt --check)" markup_formatted
step "Lints, host (clippy -D warnings)" cargo clippy --locked --all-targets -- -D warnings
step "Lints, wasm32 (clippy -D warnings)" \
  cargo clippy --locked --all-targets --all-features --target wasm32-unknown-unknown -- -D warnings
step "Host tests (cargo test)" cargo test --locked
# With the hooks the tests call (window.wasmBindings.read_stored_workspace,
# …); the build people get has none (./dev.sh serve, the bench's sizes).
step "Release build with test hooks (trunk build --release)" \
  env LADDER_FEATURES=test-hooks trunk build --release
# coach.spec.js runs ladder-lint: built here, not on a busy machine mid-test.
step "ladder-lint build (cargo build)" cargo build --locked --bin ladder-lint
step "Browser tests (Playwright + Chromium)" bash -c 'cd tests/e2e && npx playwright test'

say "Built sizes"
scripts/sizes.sh dist
printf '\nAll checks passed in %ss.\n' $((SECONDS - started))
