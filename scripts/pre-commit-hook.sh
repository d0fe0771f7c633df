#!/bin/sh
# The `lambda-lint` pre-commit hook: analyses the repository (pre-commit runs hooks from its top
# folder) as the project — templates, the modules that import or are imported by the staged files —
# and reports the findings of the files pre-commit passes (`--project .`); fails (exit 1) on a
# finding at the `fail-on` level. Works offline. Which lambda-lint runs, first found:
#   1. $LAMBDA_LINT, a path to the binary;
#   2. `lambda-lint` on PATH (installed with `cmake --install build`);
#   3. one built in this checkout (build/lambda-lint), building it on first use (needs the
#      build dependencies of scripts/setup.sh).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${LAMBDA_LINT:-}" ]; then
  exec "$LAMBDA_LINT" --project . "$@"
fi
if command -v lambda-lint >/dev/null 2>&1; then
  exec lambda-lint --project . "$@"
fi
if [ ! -x "$here/build/lambda-lint" ]; then
  echo "lambda-lint: not installed; building it in $here/build (once)" >&2
  if [ ! -d "$here/node_modules" ]; then
    (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
  fi
  cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >&2
  cmake --build "$here/build" --target lambda-lint >&2
fi
exec "$here/build/lambda-lint" --project . "$@"
