-- copydesk for Neovim: starts `copydesk lsp` for the buffers of the formats it
-- reads (Markdown, text, MDX, HTML, AsciiDoc, reStructuredText, LaTeX, Org,
-- Typst and git commit messages; Neovim's filetype names below).
--
--   require("copydesk").setup({
--     cmd = { "copydesk", "lsp" },            -- the server command
--     filetypes = { "markdown", "text", "mdx", "markdown.mdx", "html", "xhtml", "asciidoc", "rst", "tex", "org", "typst", "gitcommit" },
--     settings = { rules = { ["style/*"] = "hint" }, spelling = { words = { "hrtimer" } } },
--   })
--
-- `settings` is the "copydesk" section of the editor settings (the model of
-- `.copydesk.json`: rules, spelling, asOf, ...): it is sent as
-- initializationOptions and answered to workspace/configuration.
--
-- Neovim 0.11+ uses vim.lsp.config/vim.lsp.enable, 0.8-0.10 vim.lsp.start,
-- 0.7 vim.lsp.start_client + vim.lsp.buf_attach_client (one client per root).
local M = {}

M.name = "copydesk"

local defaults = {
  cmd = { "copydesk", "lsp" },
  -- Neovim's filetype is sent as the LSP languageId; the server also goes by
  -- the file name, so "rst" and "tex" reach the reStructuredText and LaTeX rows.
  filetypes = { "markdown", "text", "mdx", "markdown.mdx", "html", "xhtml", "asciidoc", "rst", "tex", "org", "typst", "gitcommit" },
  settings = {},
  root_markers = { ".copydesk.json", ".git" },
  -- Passed through to the client configuration when set.
  on_attach = nil,
  capabilities = nil,
  init_options = nil,
}

--- The configuration given to setup(), merged over the defaults (nil before setup).
M.config = nil

local uv = vim.loop or vim.uv

-- An empty Lua table is encoded as a JSON array; the server wants objects, so
-- empty tables (rules = {}) are left out.
local function prune(value)
  if type(value) ~= "table" then
    return value
  end
  if (vim.islist or vim.tbl_islist)(value) then
    return value
  end
  local result = {}
  for key, item in pairs(value) do
    local pruned = prune(item)
    if not (type(pruned) == "table" and next(pruned) == nil) then
      result[key] = pruned
    end
  end
  return result
end

local function object(value)
  if value == nil or next(value) == nil then
    return vim.empty_dict()
  end
  return value
end

local function dirname(path)
  return vim.fn.fnamemodify(path, ":h")
end

--- The root folder of a file: the nearest folder above it holding one of the
--- root markers (`.copydesk.json`, then `.git`), else the file's own folder.
function M.root_dir(fname, markers)
  markers = markers or (M.config and M.config.root_markers) or defaults.root_markers
  if fname == nil or fname == "" then
    return uv.cwd()
  end
  local start = dirname(vim.fn.fnamemodify(fname, ":p"))
  for _, marker in ipairs(markers) do
    local dir = start
    while true do
      if uv.fs_stat(dir .. "/" .. marker) then
        return dir
      end
      local parent = dirname(dir)
      if parent == dir then
        break
      end
      dir = parent
    end
  end
  return start
end

local function settings_of(config)
  return object(prune(config.settings or {}))
end

-- The client configuration shared by every Neovim version.
local function client_config(config, root)
  local settings = settings_of(config)
  return {
    name = M.name,
    cmd = config.cmd,
    root_dir = root,
    workspace_folders = root and { { uri = vim.uri_from_fname(root), name = root } } or nil,
    init_options = config.init_options or settings,
    settings = { copydesk = settings },
    capabilities = config.capabilities,
    on_attach = config.on_attach,
  }
end

local function wanted(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= "" then
    return false
  end
  return vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype)
end

-- Neovim 0.7: one client per root folder, attached by hand.
local clients_by_root = {}

local function attach_07(bufnr)
  local root = M.root_dir(vim.api.nvim_buf_get_name(bufnr))
  local id = clients_by_root[root]
  -- Not vim.lsp.client_is_stopped: on 0.7 it also says so of a client still
  -- starting, and a second FileType event (HTML buffers get one) started a twin.
  local client = id and vim.lsp.get_client_by_id(id)
  if client == nil or client.is_stopped() then
    id = vim.lsp.start_client(client_config(M.config, root))
    if id == nil then
      vim.notify("copydesk: could not start " .. table.concat(M.config.cmd, " "), vim.log.levels.ERROR)
      return nil
    end
    clients_by_root[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

-- Neovim 0.8 to 0.10: vim.lsp.start reuses a client with the same name and root.
local function attach_08(bufnr)
  local root = M.root_dir(vim.api.nvim_buf_get_name(bufnr))
  return vim.lsp.start(client_config(M.config, root), { bufnr = bufnr })
end

local function attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not wanted(bufnr) then
    return nil
  end
  if vim.lsp.start then
    return attach_08(bufnr)
  end
  return attach_07(bufnr)
end

M.attach = attach

-- Neovim knows no MDX (up to 0.12 at least: .mdx buffers get no filetype, or
-- "conf"), and before 0.10 no Typst (.typ buffers get "sql", Oracle type
-- files), so copydesk never attached to them.
local function detect_new_filetypes(group)
  local missing = { ["*.mdx"] = "mdx" }
  if vim.fn.has("nvim-0.10") == 0 then
    missing["*.typ"] = "typst"
  end
  for pattern, filetype in pairs(missing) do
    vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
      group = group,
      pattern = pattern,
      callback = function(args)
        local current = vim.bo[args.buf].filetype
        if current ~= filetype and current ~= "markdown.mdx" then
          vim.bo[args.buf].filetype = filetype
        end
      end,
    })
  end
end

local function has_native_config()
  return vim.fn.has("nvim-0.11") == 1 and vim.lsp.config ~= nil and vim.lsp.enable ~= nil
end

--- Registers the server. Call once from your configuration.
function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  if opts and opts.filetypes then
    M.config.filetypes = opts.filetypes -- lists replace, they do not merge
  end
  if opts and opts.cmd then
    M.config.cmd = opts.cmd
  end
  if type(M.config.cmd) == "string" then
    M.config.cmd = { M.config.cmd, "lsp" }
  end

  local group = vim.api.nvim_create_augroup("copydesk", { clear = true })
  detect_new_filetypes(group)
  if has_native_config() then
    local base = client_config(M.config, nil)
    base.name = nil
    base.root_dir = function(bufnr, on_dir)
      on_dir(M.root_dir(vim.api.nvim_buf_get_name(bufnr)))
    end
    base.workspace_folders = nil
    base.filetypes = M.config.filetypes
    vim.lsp.config(M.name, base)
    vim.lsp.enable(M.name)
    return
  end

  vim.api.nvim_create_autocmd("FileType", {
    group = group,
    pattern = M.config.filetypes,
    callback = function(args)
      attach(args.buf)
    end,
  })
  -- Buffers already open when setup() runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      attach(bufnr)
    end
  end
end

--- The running copydesk clients.
function M.clients()
  local result = {}
  local all = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, client in ipairs(all) do
    if client.name == M.name then
      table.insert(result, client)
    end
  end
  return result
end

--- Replaces the settings and sends them to the running servers
--- (workspace/didChangeConfiguration; the server then asks for the section).
function M.update_settings(settings)
  if M.config == nil then
    error("copydesk: call setup() first")
  end
  M.config.settings = settings or {}
  local section = settings_of(M.config)
  local params = { settings = { copydesk = section } }
  for _, client in ipairs(M.clients()) do
    -- 0.11+ answers workspace/configuration from client.settings, older ones
    -- from client.config.settings; client methods take self from 0.11 on.
    client.settings = { copydesk = section }
    client.config.settings = { copydesk = section }
    if vim.fn.has("nvim-0.11") == 1 then
      client:notify("workspace/didChangeConfiguration", params)
    else
      client.notify("workspace/didChangeConfiguration", params)
    end
  end
end

return M
