#!/bin/sh
# End to end through the command line: inline suppressions, --report-unused-ignores, the config
# file, --baseline / --write-baseline, --format github and --output. Each check fails when its
# feature is broken (a finding that should be hidden shows, or one that should show is hidden).
# Usage: ci-features.sh LAMBDA_LINT_BINARY [SOURCE_DIR]  (with SOURCE_DIR, the README's example
# config must be accepted too)
set -eu
bin=$1
src=${2:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/ll-ci-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; [ -f out.txt ] && cat out.txt >&2; exit 1; }

# expect CODE ARGS...: runs lambda-lint, output in out.txt, and checks the exit code.
expect() {
  want=$1
  shift
  status=0
  "$bin" "$@" >out.txt 2>&1 || status=$?
  [ "$status" -eq "$want" ] || fail "exit $status (want $want): lambda-lint $*"
}
shows() { grep -q -- "$1" out.txt || fail "output lacks '$1'"; }
hides() { ! grep -q -- "$1" out.txt || fail "output shows '$1'"; }

handler_text() { # handler_text SUFFIX-ON-THE-CLIENT-LINE [LINE-BEFORE]: a flagged handler
  echo "import boto3"
  echo ""
  echo ""
  echo "def lambda_handler(event, context):"
  if [ -n "${2:-}" ]; then echo "    $2"; fi
  echo "    s3 = boto3.client(\"s3\")$1"
  echo "    return s3.list_buckets()"
}
handler() { # handler FILE SUFFIX [LINE-BEFORE]
  file=$1
  shift
  handler_text "$@" >"$file"
}

# ---- suppressions
mkdir sup && cd sup
handler app.py ""
expect 1 app.py
shows "app.py:5:.*LL302"
handler app.py "  # lambda-lint: ignore[LL302] -- warm start reuse is tested elsewhere"
expect 0 app.py
handler app.py "  # lambda-lint: ignore[client-per-invocation]"
expect 0 app.py
handler app.py "  # lambda-lint: ignore"
expect 0 app.py
handler app.py "  # lambda-lint: ignore[LL101]"
expect 1 app.py
shows "LL302"
handler app.py "" "# lambda-lint: ignore-next-line[LL302]"
expect 0 app.py
{ echo "# lambda-lint: ignore-file[LL302]"; handler_text ""; } >app.py
expect 0 app.py
handler app.py "  # lambda-lint: ignore[LL302, LL101]"
expect 0 app.py
expect 1 --report-unused-ignores app.py
shows "LL101"
hides "LL302 "
cd ..

# ---- config
mkdir -p cfg/src && cd cfg
handler src/app.py ""
printf 'ignore: [LL302]\n' >.lambda-lint.yaml
expect 0 src/app.py
printf 'severity:\n  LL302: error\n' >.lambda-lint.yaml
expect 1 src/app.py
shows "error\[LL302"
printf 'exclude: [src]\n' >.lambda-lint.yaml
expect 0 .
printf 'per-file-ignores:\n  "src/**": [LL302]\n' >.lambda-lint.yaml
expect 0 src/app.py
printf 'select: [LL302]\nignroe: [LL101]\n' >.lambda-lint.yaml
expect 2 src/app.py
shows ".lambda-lint.yaml:2:"
printf 'ignore: [LL302]\n' >other.yaml
printf 'select: [LL999]\n' >.lambda-lint.yaml
expect 0 --config other.yaml src/app.py
if [ -n "$src" ]; then # the annotated example in the README is a valid config
  sed -n '/^# \.lambda-lint\.yaml$/,/^```$/p' "$src/README.md" | sed '$d' >readme.yaml
  grep -q '^per-file-ignores:' readme.yaml || fail "the README's example config was not found"
  expect 1 --config readme.yaml src/app.py
  shows "error\[LL302"
fi
cd ..

# ---- baseline
mkdir base && cd base
handler app.py ""
expect 0 --write-baseline --baseline known.json app.py
[ -s known.json ] || fail "no baseline written"
expect 0 --baseline known.json app.py
handler app.py "" "# a new comment line moves the finding down"
expect 0 --baseline known.json app.py
{ handler_text ""; echo ""; echo ""; echo "def other_handler(event, context):"; echo "    sqs = boto3.client(\"sqs\")"; echo "    return sqs"; } >app.py
expect 1 --baseline known.json app.py
shows "app.py:10:.*LL302"
hides "app.py:5:"
cd ..

# ---- github annotations and --output
mkdir gh && cd gh
handler "a,b.py" ""
expect 1 --format github "a,b.py"
shows "::warning file=a%2Cb.py,line=5"
expect 1 --format json --output report.json "a,b.py"
[ ! -s out.txt ] || fail "--output still wrote to stdout"
grep -q LL302 report.json || fail "--output file lacks the finding"
ls -A | grep -q '^\.report' && fail "temporary file left behind"
cd ..
echo "ci features: suppressions, config, baseline, github, output all behave"
