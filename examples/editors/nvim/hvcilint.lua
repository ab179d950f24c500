-- hvcilint's findings in Neovim 0.7 or later, with no plugin: `hvcilint lsp`
-- attached to every C and C++ buffer, next to whatever C server you use.
-- Put this in your init.lua (or `dofile` it from there).  Neovim 0.8 and
-- later can say the same with vim.lsp.start; this form works on both.
local hvcilint_client = nil

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'c', 'cpp' },
  callback = function(args)
    -- One server for the session; a server that has exited is started again.
    if not hvcilint_client or not vim.lsp.get_client_by_id(hvcilint_client) then
      hvcilint_client = vim.lsp.start_client({
        name = 'hvcilint',
        cmd = { 'hvcilint', 'lsp' },
        root_dir = vim.fn.getcwd(),
      })
    end
    if hvcilint_client then
      vim.lsp.buf_attach_client(args.buf, hvcilint_client)
    end
  end,
})
