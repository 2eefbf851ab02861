-- Opens the plan named by PLAN_FILE, attaches Neovim's built-in LSP client to `plan lsp --stdio`
-- and writes the diagnostics it receives to PLAN_OUT as JSON, then quits.
local plan_file = os.getenv('PLAN_FILE')
local out = os.getenv('PLAN_OUT')
vim.cmd('edit ' .. vim.fn.fnameescape(plan_file))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'plan',
  cmd = { os.getenv('PLAN_NODE'), os.getenv('PLAN_BIN'), 'lsp', '--stdio' },
  root_dir = vim.fn.fnamemodify(plan_file, ':h'),
})
vim.lsp.buf_attach_client(buf, client)
local ok = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 100)
local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(found, { line = d.lnum + 1, column = d.col + 1, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
end
local file = io.open(out, 'w')
file:write(vim.fn.json_encode({ ok = ok, diagnostics = found }))
file:close()
vim.lsp.stop_client(client)
vim.cmd('qall!')
