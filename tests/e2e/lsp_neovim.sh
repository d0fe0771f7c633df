#!/bin/sh
# lsp_neovim.sh BINARY SOURCE_DIR — `lambda-lint server` driven end to end by a real LSP client:
# headless Neovim (Debian's neovim; scripts/setup.sh installs it) runs lsp_neovim.lua on a Python
# handler in a SAM project, applies the suppression code action and writes the file, which this
# script then checks. First it proves the check can fail: against a "server" that never answers,
# the same Lua script must fail. Exit 77 (skipped) only when nvim is not installed.
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
lua="$src/tests/e2e/lsp_neovim.lua"
if ! command -v nvim >/dev/null 2>&1; then
  echo "lsp_neovim: nvim not installed (apt-get install neovim): skipped"
  exit 77
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/ll-nvim-XXXXXX")
trap 'rm -rf "$dir"' EXIT
cat >"$dir/template.yaml" <<'YAML'
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.lambda_handler
      Runtime: python3.12
YAML
cat >"$dir/app.py" <<'PY'
import json
import boto3

def lambda_handler(event, context):
    table = boto3.resource("dynamodb").Table("orders")
    table.put_item(Item=json.loads(event["body"]))
    return {"statusCode": 201}
PY
cp "$dir/app.py" "$dir/original.py"

run_nvim() { # BINARY WAIT_MS: Neovim's status
  LL_BINARY=$1 LL_FILE="$dir/app.py" LL_ROOT="$dir" LL_WAIT_MS=$2 HOME="$dir" XDG_STATE_HOME="$dir/state" \
    XDG_CACHE_HOME="$dir/cache" timeout 120 nvim --headless --clean -c "luafile $lua" </dev/null
}

# A mute server (reads, never answers): the test must fail.
printf '#!/bin/sh\nexec cat >/dev/null\n' >"$dir/mute-server"
chmod +x "$dir/mute-server"
if run_nvim "$dir/mute-server" 2000 2>"$dir/mute.err"; then
  echo "lsp_neovim: FAIL: the check passed against a server that sends nothing" >&2
  exit 1
fi
grep -q "no diagnostics" "$dir/mute.err" || { echo "lsp_neovim: FAIL: unexpected failure with the mute server:" >&2; cat "$dir/mute.err" >&2; exit 1; }

status=0
run_nvim "$bin" 30000 || status=$?
if [ "$status" -ne 0 ]; then
  echo "lsp_neovim: FAIL: Neovim exited with $status" >&2
  exit 1
fi
expected='    table = boto3.resource("dynamodb").Table("orders")  # lambda-lint: ignore[LL302]'
if ! grep -qxF "$expected" "$dir/app.py"; then
  echo "lsp_neovim: FAIL: the written file lacks the suppression:" >&2
  cat "$dir/app.py" >&2
  exit 1
fi
# Only that line changed, and the file is now clean for the CLI too.
[ "$(diff "$dir/original.py" "$dir/app.py" | grep -c '^[<>]')" -eq 2 ] || { echo "lsp_neovim: FAIL: other lines changed" >&2; exit 1; }
"$bin" --project "$dir" "$dir/app.py" >/dev/null || { echo "lsp_neovim: FAIL: the CLI still reports the file" >&2; exit 1; }
echo "lsp_neovim: ok"
