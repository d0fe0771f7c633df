#!/bin/sh
# End to end: this repository's pre-commit hook, run by the real `pre-commit try-repo` (offline)
# against a throwaway git repository: a handler with a finding must fail the hook and show the
# finding; a clean handler must pass.
# Usage: pre-commit.sh LAMBDA_LINT_BINARY SOURCE_DIR
set -eu
bin=$1
src=$2
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (apt-get install pre-commit)" >&2; exit 1; }
if ! git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  echo "SKIP: $src is not a git checkout, and pre-commit try-repo needs one" >&2
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ll-precommit-XXXXXX")
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" LAMBDA_LINT="$bin"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com

repo="$work/repo"
git init -q "$repo"
cd "$repo"

run_hook() {
  pre-commit try-repo "$src" lambda-lint --all-files --verbose >"$work/out.txt" 2>&1
}

cat >handler.py <<'PY'
import boto3


def lambda_handler(event, context):
    s3 = boto3.client("s3")
    return s3.list_buckets()
PY
git add handler.py
if run_hook; then
  cat "$work/out.txt"
  echo "FAIL: the hook passed on a handler with a finding" >&2
  exit 1
fi
if ! grep -q "handler.py:5:.*LL302" "$work/out.txt"; then
  cat "$work/out.txt"
  echo "FAIL: the hook failed without showing the LL302 finding" >&2
  exit 1
fi

cat >handler.py <<'PY'
import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    return s3.list_buckets()
PY
printf 'Resources: {}\n' >template.yaml   # a template with no functions: clean
printf '# notes\n' >NOTES.md
printf 'key: value\n' >settings.yaml   # YAML that is not a template: clean, not an error
git add handler.py template.yaml NOTES.md settings.yaml
if ! run_hook; then
  cat "$work/out.txt"
  echo "FAIL: the hook failed on a clean handler" >&2
  exit 1
fi
git commit -qm clean

# The project around the staged files: a template staged alone is checked, and so is a helper
# staged alone whose client is per invocation because a handler in another file calls it.
run_hook_on() {
  pre-commit try-repo "$src" lambda-lint --files "$@" --verbose >"$work/out.txt" 2>&1
}
mkdir -p fn
cat >fn/db.py <<'PY'
import boto3


def table():
    return boto3.resource("dynamodb").Table("orders")
PY
cat >fn/app.py <<'PY'
from db import table


def handle(event, context):
    return table().get_item(Key={"id": event["id"]})
PY
cat >template.yaml <<'YAML'
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: fn/
      Handler: app.handle
      Runtime: python3.12
YAML
git add fn template.yaml
if run_hook_on fn/db.py; then
  cat "$work/out.txt"
  echo "FAIL: the hook passed a helper that builds a client per invocation (called from fn/app.py)" >&2
  exit 1
fi
if ! grep -q "^fn/db.py:5:.*LL302" "$work/out.txt"; then
  cat "$work/out.txt"
  echo "FAIL: the helper's LL302 is not shown, or its path is not spelled fn/db.py" >&2
  exit 1
fi
git commit -qm helper --no-verify
sed -i 's/python3.12/python3.7/; $a\      MemorySize: 99999' template.yaml
git add template.yaml
if run_hook_on template.yaml; then
  cat "$work/out.txt"
  echo "FAIL: the hook passed a template with a deprecated runtime and MemorySize 99999" >&2
  exit 1
fi
if ! grep -q "template.yaml:8:.*LL501" "$work/out.txt" || ! grep -q "template.yaml:9:.*LL502" "$work/out.txt"; then
  cat "$work/out.txt"
  echo "FAIL: the template's LL501 / LL502 findings are not shown" >&2
  exit 1
fi
if grep -q "LL302" "$work/out.txt"; then
  cat "$work/out.txt"
  echo "FAIL: a finding of a file that was not passed (fn/db.py) is shown" >&2
  exit 1
fi
echo "pre-commit hook: flagged handler fails, clean handler passes, staged template and helper are checked in their project"
