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
printf 'Resources: {}\n' >template.yaml   # not analysed yet: the hook must not pass it
printf '# notes\n' >NOTES.md
git add handler.py template.yaml NOTES.md
if ! run_hook; then
  cat "$work/out.txt"
  echo "FAIL: the hook failed on a clean handler" >&2
  exit 1
fi
echo "pre-commit hook: flagged handler fails, clean handler passes"
