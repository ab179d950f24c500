#!/bin/sh
# t_nvim_snippet.sh - the Neovim snippet shipped in examples/editors/nvim
# (the one the README shows), loaded as-is into the Neovim installed here
# (Debian's is 0.7), runs `hvcilint lsp` from PATH for a C buffer and
# hvcilint's diagnostic arrives.  Exits 77 (skipped) when nvim is missing.
#   t_nvim_snippet.sh HVCILINT SOURCE_DIR
set -u
HVCILINT=$1
SRC=$2
if ! command -v nvim >/dev/null 2>&1; then
	echo "SKIP: nvim not installed (Debian package neovim)"
	exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/bin" "$T/drv"
ln -s "$HVCILINT" "$T/bin/hvcilint"
cat >"$T/drv/alloc.c" <<'C'
#include <ntddk.h>

PVOID AllocBuffer(SIZE_T n)
{
	return ExAllocatePoolWithTag(NonPagedPool, n, 'fuBx');
}
C
# The README's Lua block is the example file, word for word.
python3 - "$SRC/README.md" "$SRC/examples/editors/nvim/hvcilint.lua" <<'PY' || exit 1
import sys
readme, lua = open(sys.argv[1]).read(), open(sys.argv[2]).read()
body = "\n".join(l for l in lua.splitlines() if not l.startswith("--")).strip()
if body not in readme:
    print("FAIL: the README's Neovim snippet differs from examples/editors/nvim/hvcilint.lua")
    sys.exit(1)
PY
cat >"$T/init.lua" <<'L'
-- As a user's init.lua, with the file given on the command line
-- (`nvim alloc.c`): the snippet, then a check once Neovim has started.
dofile(os.getenv('HVCI_SNIPPET'))
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local ok = vim.wait(90000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if d.source == 'hvcilint' and d.code == 'hvci-exec-pool' then
        return true
      end
    end
    return false
  end, 50)
  if not ok then
    io.stderr:write('FAIL: no hvcilint diagnostic (filetype ' .. vim.bo.filetype .. ', '
      .. #vim.lsp.buf_get_clients(0) .. ' client(s)); have '
      .. vim.inspect(vim.diagnostic.get(0)) .. '\n')
    vim.cmd('cquit 1')
  end
  vim.cmd('qall!')
end })
L
cd "$T/drv" || exit 1
PATH=$T/bin:$PATH HOME=$T XDG_STATE_HOME=$T/state XDG_DATA_HOME=$T/data XDG_CACHE_HOME=$T/cache \
	HVCI_SNIPPET=$SRC/examples/editors/nvim/hvcilint.lua \
	timeout 300 nvim --headless --clean -u "$T/init.lua" alloc.c </dev/null
rc=$?
if [ $rc -ne 0 ]; then
	echo "FAIL: nvim exited with $rc ($(nvim --version | head -1))"
	exit 1
fi
echo ok
