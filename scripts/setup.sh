#!/usr/bin/env bash
# Installs everything lambda-lint needs on a fresh Debian 12 machine (run as root), then builds it.
# Idempotent: a second run skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
  build-essential cmake pkg-config
  libcmocka-dev libyaml-dev libjansson-dev
  libclang-19-dev
  pre-commit git
  neovim  # its built-in LSP client drives the language server's end-to-end test
  clang-14 libclang-rt-14-dev  # clang with libFuzzer, for scripts/fuzz.sh
)
# npm installs the pinned grammars; a machine without Node.js gets Debian's (one that has it keeps its own).
command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tree-sitter runtime and grammars (and the SARIF schema + validator for the tests), pinned in package-lock.json.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.lock-copy; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.lock-copy
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo ${LL_CMAKE_FLAGS:-} >/dev/null
cmake --build build -j"$(nproc)"
echo "lambda-lint built: build/lambda-lint"
