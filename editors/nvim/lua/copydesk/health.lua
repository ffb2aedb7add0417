-- :checkhealth copydesk — the binary, its version and the spelling dictionary.
-- Neovim 0.7-0.9 report through require("health").report_*, 0.10+ through
-- vim.health.start/ok/warn/error/info; both are supported.
local M = {}

local function reporter()
  local health = vim.health
  if health == nil or (health.start == nil and health.report_start == nil) then
    health = require("health")
  end
  return {
    start = health.start or health.report_start,
    ok = health.ok or health.report_ok,
    warn = health.warn or health.report_warn,
    error = health.error or health.report_error,
    info = health.info or health.report_info,
  }
end

local function trim(text)
  return (text:gsub("^%s+", ""):gsub("%s+$", ""))
end

function M.check()
  local report = reporter()
  local copydesk = require("copydesk")
  local config = copydesk.config

  report.start("copydesk")
  if config == nil then
    report.warn('setup() has not been called: add require("copydesk").setup({}) to your configuration')
    config = { cmd = { "copydesk", "lsp" }, settings = {}, filetypes = { "markdown", "text", "mdx", "markdown.mdx", "html", "xhtml", "asciidoc", "rst", "tex", "org", "typst", "gitcommit" } }
  else
    report.ok("setup() called; filetypes: " .. table.concat(config.filetypes, ", "))
  end

  local program = config.cmd[1]
  local path = vim.fn.exepath(program)
  if path == "" then
    report.error("copydesk binary not found: " .. program, {
      "Build it (scripts/run --version builds build/copydesk) and put it on PATH,",
      'or pass its path: require("copydesk").setup({ cmd = { "/path/to/copydesk", "lsp" } })',
    })
  else
    report.ok("binary: " .. path)
    local out = vim.fn.system({ path, "--version" })
    if vim.v.shell_error == 0 then
      report.ok("version: " .. trim(out))
    else
      report.error("`" .. path .. " --version` failed: " .. trim(out))
    end
  end

  local language = "en_US"
  local spelling = config.settings and config.settings.spelling
  if type(spelling) == "table" and type(spelling.language) == "string" and spelling.language ~= "" then
    language = spelling.language
  end
  local dictionary = "/usr/share/hunspell/" .. language .. ".dic"
  if vim.fn.filereadable(dictionary) == 1 then
    report.ok("dictionary: " .. dictionary)
  else
    local package = "hunspell-" .. language:lower():gsub("_", "-")
    report.warn("dictionary not found: " .. dictionary, { "Install it: sudo apt install " .. package })
  end

  local clients = copydesk.clients()
  if #clients == 0 then
    report.info("no copydesk server is running (open a " .. table.concat(config.filetypes, " or ") .. " file)")
  else
    for _, client in ipairs(clients) do
      report.info(string.format("server %d running, root %s", client.id, client.config.root_dir or "(none)"))
    end
  end
end

return M
