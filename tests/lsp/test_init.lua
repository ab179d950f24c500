-- test_init.lua - Neovim (0.7+) as a real LSP client for hvcilint, run as
--   nvim --headless --clean -u test_init.lua
-- with HVCI_LSP_CMD (the server command, words separated by '\t'),
-- HVCI_FILE (a driver source to open) and HVCI_WANT_CLANG=1 when clangd's
-- own diagnostics must arrive too.  It waits for hvcilint's diagnostic,
-- asks for the code action at it, applies the preferred quick fix with
-- Neovim's own workspace-edit code, and waits for the diagnostic to go
-- away.  Exits 0 on success; on failure prints why and exits 1.
local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function say(msg)
  io.stderr:write(msg .. '\n')
end

local ok, err = pcall(function()
  local cmd = vim.split(os.getenv('HVCI_LSP_CMD'), '\t', { plain = true })
  local file = os.getenv('HVCI_FILE')
  local want_clang = os.getenv('HVCI_WANT_CLANG') == '1'
  local messages = {}
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'hvcilint',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':h'),
    flags = { debounce_text_changes = 50 },
    handlers = {
      ['window/showMessage'] = function(_, result)
        table.insert(messages, result.message)
      end,
    },
  })
  if not client_id then
    return fail('the server did not start: ' .. table.concat(cmd, ' '))
  end
  vim.lsp.buf_attach_client(buf, client_id)

  local function by_source(src)
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == src then
        table.insert(out, d)
      end
    end
    return out
  end

  if not vim.wait(90000, function()
    return #by_source('hvcilint') > 0 and (not want_clang or #by_source('clang') > 0)
  end, 50) then
    local seen = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(seen, (d.source or '?') .. ': ' .. d.message)
    end
    return fail('diagnostics did not arrive; have: ' .. vim.inspect(seen))
  end
  local d = by_source('hvcilint')[1]
  say('hvcilint diagnostic: ' .. d.message .. ' [' .. tostring(d.code) .. ']')
  if d.code ~= 'hvci-exec-pool' then
    return fail('unexpected rule ' .. tostring(d.code))
  end
  local href = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription
  if not href or not href.href:match('hvci%-exec%-pool') then
    return fail('no help link on the diagnostic')
  end
  if want_clang then
    local c = by_source('clang')
    local found = false
    for _, x in ipairs(c) do
      say('clangd diagnostic: ' .. x.message)
      found = found or x.message:lower():match('unused variable') ~= nil
    end
    if not found then
      return fail("clangd's unused-variable warning is missing")
    end
  elseif not messages[1] or not messages[1]:match('default driver flags') then
    return fail('no message about the default flags: ' .. vim.inspect(messages))
  end

  -- The code action at the diagnostic, with the diagnostics there as context.
  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = {
      start = { line = d.lnum, character = d.col },
      ['end'] = { line = d.end_lnum, character = d.end_col },
    },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum) },
  }
  local resp = client.request_sync('textDocument/codeAction', params, 30000, buf)
  if not resp or resp.err or not resp.result then
    return fail('codeAction failed: ' .. vim.inspect(resp))
  end
  local action
  for _, a in ipairs(resp.result) do
    -- Ours: a preferred quick fix for the hvcilint diagnostic, titled by what it does.
    local ours = a.diagnostics and a.diagnostics[1] and a.diagnostics[1].code == 'hvci-exec-pool'
    if a.isPreferred and a.kind == 'quickfix' and ours and a.title == 'Use NonPagedPoolNx' then
      action = a
    end
  end
  if not action then
    return fail('no preferred hvcilint quick fix in ' .. vim.inspect(resp.result))
  end
  say('applying: ' .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
  if not line:match('NonPagedPoolNx') then
    return fail('the edit did not land: ' .. line)
  end
  -- The buffer change goes to the server as an incremental didChange.
  if not vim.wait(90000, function()
    return #by_source('hvcilint') == 0
  end, 50) then
    return fail('the hvcilint diagnostic did not go away after the fix')
  end
  if want_clang and #by_source('clang') == 0 then
    return fail("clangd's diagnostics vanished with hvcilint's")
  end
  say('diagnostic gone after the fix')
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 50)
  vim.cmd('qall!')
end)
if not ok then
  fail(tostring(err))
end
