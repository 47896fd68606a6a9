# Sourced by dev.sh. Each step checks first and installs only what is missing
# or at the wrong version, so running it again is cheap.

TRUNK_VERSION="0.21.14"
LEPTOSFMT_VERSION="0.1.33"
# The splitter web/build-wasm.mjs runs before wasm-bindgen (issue 28).
WASM_SPLIT_VERSION="0.2.4"
ROOT="$(pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The version of a package as resolved in Cargo.lock.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_rust_parts() {
  if ! command -v rustup >/dev/null; then
    echo "Ladder needs the Rust toolchain installed with rustup (https://rustup.rs)." >&2
    exit 1
  fi
  if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    say "Adding rustfmt and clippy"
    rustup component add rustfmt clippy
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

install_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (takes several minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

# Formats the markup inside view! macros, which rustfmt leaves alone.
install_leptosfmt() {
  if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
    say "Installing leptosfmt $LEPTOSFMT_VERSION (takes a few minutes, once)"
    cargo install --locked leptosfmt --version "$LEPTOSFMT_VERSION"
  fi
}

install_wasm_bindgen() {
  local version
  version="$(lock_version wasm-bindgen)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "Installing wasm-bindgen-cli $version (matches Cargo.lock)"
    # Not --locked: with its own lock file the build fails on this toolchain.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

# wasm-split-cli, from the crate the splitter's authors publish for build
# tools (Dioxus's crate named wasm-split-cli is another tool).
install_wasm_split() {
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "Installing wasm-split-cli $WASM_SPLIT_VERSION (takes a minute or two, once)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
}

# npm ci when node_modules is missing or older than the lock file.
install_node_packages() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] \
    || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing node packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

install_build_tools() {
  install_rust_parts
  install_trunk
  install_wasm_bindgen
  install_wasm_split
  install_node_packages tools
}

# Chromium without its recommends (no CUPS, udev, ...) plus the fonts pages
# need, and nginx-light with its brotli_static module, which the browser tests
# run with the README's hosting and CouchDB blocks (tests/e2e/nginx.mjs).
BROWSER_PACKAGES="chromium fonts-liberation fonts-dejavu-core nginx-light libnginx-mod-http-brotli-static"

install_browser() {
  install_node_packages tests/e2e
  local missing=()
  for package in $BROWSER_PACKAGES; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing from Debian: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}
