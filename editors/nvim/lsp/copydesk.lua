-- copydesk for Neovim 0.11+, in the style of nvim-lspconfig's lsp/*.lua files:
-- with editors/nvim on the runtimepath (or this file copied to
-- ~/.config/nvim/lsp/copydesk.lua), two lines start the server for every
-- format it reads:
--
--   vim.lsp.config("copydesk", { settings = { copydesk = { rules = { ["style/*"] = "hint" } } } })
--   vim.lsp.enable("copydesk")
--
-- `settings.copydesk` is the model of `.copydesk.json` (rules, spelling,
-- asOf, ...); the server asks for it with workspace/configuration, per
-- workspace folder. No plugin code is needed on this path; require("copydesk")
-- (lua/copydesk/init.lua) remains for Neovim 0.7-0.10.

-- workspace/diagnostic/refresh (sent after a settings or config-file change):
-- Neovim 0.12 then pulls only the workspace report, which it does not apply to
-- buffers whose diagnostics it pulls itself, so open buffers kept stale
-- findings until the next edit. Pull them too.
local function refresh(err, result, ctx)
  local client = vim.lsp.get_client_by_id(ctx.client_id)
  for bufnr in pairs(client and client.attached_buffers or {}) do
    local params = { identifier = "copydesk", textDocument = vim.lsp.util.make_text_document_params(bufnr) }
    client:request("textDocument/diagnostic", params, nil, bufnr)
  end
  return vim.lsp.handlers["workspace/diagnostic/refresh"](err, result, ctx)
end

---@type vim.lsp.Config
return {
  cmd = { "copydesk", "lsp" },
  handlers = { ["workspace/diagnostic/refresh"] = refresh },
  filetypes = { "markdown", "text", "mdx", "markdown.mdx", "html", "xhtml", "asciidoc", "rst", "tex", "org", "typst", "gitcommit" },
  root_markers = { ".copydesk.json", ".git" },
  settings = { copydesk = vim.empty_dict() },
}
