#!/usr/bin/env bash
# action.sh — the steps of the GitHub Action (action.yml), as a script that runs anywhere: the
# action calls it, and tests/e2e/action.sh runs it locally (no GitHub, no `act`).
#
#   action.sh build   installs what the build needs (apt, npm) and builds lambda-lint once; a
#                     binary already in build/ (a cached build, or LL_ACTION_BINARY) is reused
#   action.sh run     runs lambda-lint with INPUT_* from the workflow, writes the SARIF file, and
#                     sets the step outputs exit-code and sarif-file ($GITHUB_OUTPUT)
#
# Inputs (environment): INPUT_PATHS (default "."), INPUT_ARGS (more options, split on blanks),
# INPUT_SARIF_FILE (default lambda-lint.sarif), INPUT_FAIL_ON (default warning).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
binary="${LL_ACTION_BINARY:-$here/build/lambda-lint}"

build() {
  if [ -x "$binary" ]; then
    echo "lambda-lint: reusing $binary"
    return
  fi
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  local packages=(build-essential cmake pkg-config libyaml-dev libjansson-dev)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
  # The C/C++ front-end when the runner's distribution has libclang 19; without it lambda-lint
  # still checks every other language and reports C/C++ files as unavailable.
  if apt-cache show libclang-19-dev >/dev/null 2>&1; then packages+=(libclang-19-dev); fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$here/build" -j"$(nproc)" --target lambda-lint
}

run() {
  local sarif="${INPUT_SARIF_FILE:-lambda-lint.sarif}"
  local -a paths extra
  read -r -a paths <<<"${INPUT_PATHS:-.}"
  read -r -a extra <<<"${INPUT_ARGS:-}"
  local code=0
  "$binary" --format sarif --output "$sarif" --fail-on "${INPUT_FAIL_ON:-warning}" "${extra[@]}" "${paths[@]}" || code=$?
  # the findings for the job log too (the SARIF goes to code scanning)
  "$binary" --format concise --exit-zero "${extra[@]}" "${paths[@]}" 2>/dev/null || true
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "exit-code=$code" >>"$GITHUB_OUTPUT"
    echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
  fi
  echo "lambda-lint: exit code $code, SARIF in $sarif"
  return 0 # the action's last step fails the job, after the upload
}

case "${1:-}" in
build) build ;;
run) run ;;
*)
  echo "usage: action.sh build|run" >&2
  exit 2
  ;;
esac
