#!/bin/sh
# Validates SARIF files against the official SARIF 2.1.0 JSON schema with a real JSON-schema
# validator (ajv, draft 2020-12 with formats). The schema is the one @microsoft/sarif-multitool
# ships; both are pinned in package.json (install with `npm ci --ignore-scripts`).
# Usage: validate-sarif.sh FILE.json...   Exit 0 when every file is valid.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
ajv="$root/node_modules/.bin/ajv"
schema=$(ls "$root"/node_modules/@microsoft/sarif-multitool-*/sarif-2.1.0.json 2>/dev/null | head -n 1)
if [ ! -x "$ajv" ] || [ -z "$schema" ]; then
  echo "validate-sarif: the validator is not installed: run npm ci --ignore-scripts in $root" >&2
  exit 2
fi
status=0
for file in "$@"; do
  case "$file" in
    *.json) data="$file" ;;
    *) # ajv picks the parser by extension
      data=$(mktemp "${TMPDIR:-/tmp}/sarif-XXXXXX.json"); cp "$file" "$data" ;;
  esac
  "$ajv" validate --spec=draft2020 --strict=false -c ajv-formats -s "$schema" -d "$data" >&2 || status=1
  [ "$data" = "$file" ] || rm -f "$data"
done
exit $status
