-- lsp_neovim.lua — Neovim's built-in LSP client (0.7: start_client + buf_attach_client) against
-- `lambda-lint server`: open a handler, wait for its LL302 diagnostic, apply the suppression code
-- action, write the buffer, wait for the diagnostic to go. Run by lsp_neovim.sh; any failure quits
-- Neovim with status 1 and a line on stderr.
local bin, file, root = os.getenv("LL_BINARY"), os.getenv("LL_FILE"), os.getenv("LL_ROOT")
local wait_ms = tonumber(os.getenv("LL_WAIT_MS") or "30000")

local function fail(message)
  io.stderr:write("lsp_neovim: FAIL: " .. message .. "\n")
  vim.cmd("cquit! 1")
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = "lambda-lint", cmd = { bin, "server" }, root_dir = root })
  if not id then return fail("the client did not start") end
  vim.lsp.buf_attach_client(buf, id)

  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    return fail("no diagnostics from the server")
  end
  local d = vim.diagnostic.get(buf)[1]
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  if code ~= "LL302" or d.source ~= "lambda-lint" or d.lnum ~= 4 then
    return fail(("unexpected diagnostic: %s %s line %d: %s"):format(tostring(code), tostring(d.source), d.lnum, d.message))
  end
  io.stdout:write(("lsp_neovim: diagnostic %s at %d:%d: %s\n"):format(code, d.lnum + 1, d.col + 1, d.message))

  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, wait_ms)
  local action
  for _, response in pairs(responses or {}) do
    for _, a in ipairs(response.result or {}) do
      if a.title:find("Suppress LL302", 1, true) then action = a end
    end
  end
  if not action then return fail("no suppression code action") end
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  vim.cmd("write")

  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
    return fail("the diagnostic stayed after the code action")
  end
  vim.lsp.stop_client(id)
  vim.cmd("qall!")
end

local ok, err = pcall(run)
if not ok then fail(tostring(err)) end
