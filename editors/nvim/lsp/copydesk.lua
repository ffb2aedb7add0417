-- copydesk for Neovim 0.11+, in the style of nvim-lspconfig's lsp/*.lua files:
-- with editors/nvim on the runtimepath (or this file copied to
-- ~/.config/nvim/lsp/copydesk.lua), two lines start the server for Markdown
-- and text buffers:
--
--   vim.lsp.config("copydesk", { settings = { copydesk = { rules = { ["style/*"] = "hint" } } } })
--   vim.lsp.enable("copydesk")
--
-- `settings.copydesk` is the model of `.copydesk.json` (rules, spelling,
-- asOf, ...); the server asks for it with workspace/configuration, per
-- workspace folder. No plugin code is needed on this path; require("copydesk")
-- (lua/copydesk/init.lua) remains for Neovim 0.7-0.10.
---@type vim.lsp.Config
return {
  cmd = { "copydesk", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { ".copydesk.json", ".git" },
  settings = { copydesk = vim.empty_dict() },
}
