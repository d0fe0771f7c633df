#!/bin/sh
# End to end: the GitHub Action's steps (scripts/action.sh, which action.yml runs) on a scratch
# checkout, without GitHub: the build step reuses the binary, the run step writes a SARIF log that
# validates, sets the step outputs, and leaves failing the job to the action's last step (its exit
# code output); action.yml names the script and the inputs it passes.
# Usage: action.sh LAMBDA_LINT_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/ll-action-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/repo/src"
printf 'import boto3\n\n\ndef lambda_handler(event, context):\n    return boto3.client("s3").list_buckets()\n' >"$work/repo/src/app.py"
cd "$work/repo"

LL_ACTION_BINARY=$bin bash "$src/scripts/action.sh" build >"$work/build.log" 2>&1 || fail "build step: $(cat "$work/build.log")"
grep -q "reusing" "$work/build.log" || fail "the build step did not reuse the binary"

GITHUB_OUTPUT="$work/outputs" INPUT_PATHS="src" INPUT_ARGS="--select LL302" INPUT_SARIF_FILE="out.sarif" \
  LL_ACTION_BINARY=$bin bash "$src/scripts/action.sh" run >"$work/run.log" 2>&1 || fail "run step failed: $(cat "$work/run.log")"
grep -qx "exit-code=1" "$work/outputs" || fail "exit-code output: $(cat "$work/outputs")"
grep -qx "sarif-file=out.sarif" "$work/outputs" || fail "sarif-file output"
"$src/tests/sarif/validate-sarif.sh" out.sarif || fail "out.sarif does not validate"
grep -q '"ruleId": "LL302"' out.sarif || fail "no LL302 result in the SARIF"
grep -q "src/app.py:5:" "$work/run.log" || fail "the findings are not in the job log"

# a clean run: exit code 0; --fail-on error lets a warning through
: >"$work/outputs"
GITHUB_OUTPUT="$work/outputs" INPUT_PATHS="src" INPUT_FAIL_ON="error" LL_ACTION_BINARY=$bin \
  bash "$src/scripts/action.sh" run >/dev/null 2>&1 || fail "run step (fail-on error)"
grep -qx "exit-code=0" "$work/outputs" || fail "fail-on error: $(cat "$work/outputs")"

# action.yml runs these steps with these inputs
for needle in 'scripts/action.sh" build' 'scripts/action.sh" run' 'INPUT_PATHS: ${{ inputs.paths }}' \
  'INPUT_FAIL_ON: ${{ inputs.fail-on }}' 'github/codeql-action/upload-sarif' 'exit "${{ steps.run.outputs.exit-code }}"'; do
  grep -qF "$needle" "$src/action.yml" || fail "action.yml lacks: $needle"
done
echo "action: ok"
