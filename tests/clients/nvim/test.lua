-- Headless Neovim test of editors/nvim: open a Markdown article, wait for the
-- copydesk diagnostics, check their positions and codes, request the code
-- actions of the typo, apply the preferred one and check the buffer.
--
-- Run by tests/clients/nvim/run.sh (environment: COPYDESK_BIN, COPYDESK_REPO,
-- COPYDESK_WORK — a scratch folder holding article.md).
local failures = 0

local function log(fmt, ...)
  io.stderr:write(string.format("nvim-test: " .. fmt, ...) .. "\n")
end

local function fail(fmt, ...)
  error(string.format(fmt, ...), 0)
end

local function expect(cond, fmt, ...)
  if not cond then
    fail(fmt, ...)
  end
end

local function wait_for(what, ms, predicate)
  local ok = vim.wait(ms, predicate, 50)
  expect(ok, "timed out after %d ms waiting for %s", ms, what)
end

local function code_of(d)
  if d.code ~= nil then
    return d.code
  end
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code
end

local function run()
  local bin = os.getenv("COPYDESK_BIN")
  local repo = os.getenv("COPYDESK_REPO")
  local work = os.getenv("COPYDESK_WORK")
  expect(bin and repo and work, "COPYDESK_BIN, COPYDESK_REPO and COPYDESK_WORK must be set")
  log("Neovim %s", tostring(vim.version and vim.version() and table.concat({ vim.version().major, vim.version().minor, vim.version().patch }, ".")))

  vim.opt.runtimepath:prepend(repo .. "/editors/nvim")
  -- The Neovim 0.11 path (lsp/copydesk.lua, read by vim.lsp.config/enable): on
  -- older versions (Debian 12 has 0.7) the file is at least loaded and checked.
  local native = dofile(repo .. "/editors/nvim/lsp/copydesk.lua")
  expect(native.cmd[1] == "copydesk" and native.cmd[2] == "lsp", "lsp/copydesk.lua cmd: %s", vim.inspect(native.cmd))
  expect(vim.tbl_contains(native.filetypes, "markdown") and vim.tbl_contains(native.root_markers, ".copydesk.json"),
    "lsp/copydesk.lua filetypes/root_markers: %s", vim.inspect(native))
  expect(native.settings.copydesk ~= nil, "lsp/copydesk.lua has no settings.copydesk")
  if vim.lsp.config ~= nil then
    local resolved = vim.lsp.config.copydesk
    expect(resolved and resolved.cmd and resolved.cmd[1] == "copydesk", "vim.lsp.config.copydesk: %s", vim.inspect(resolved))
    log("lsp/copydesk.lua resolved by vim.lsp.config")
  else
    log("lsp/copydesk.lua loaded (vim.lsp.config needs Neovim 0.11)")
  end
  vim.cmd("filetype on")
  local copydesk = require("copydesk")
  copydesk.setup({ cmd = { bin, "lsp" }, settings = { rules = { ["facts/relative-time"] = "hint" }, spelling = { words = { "hrtimer" } } } })

  -- Root detection: .copydesk.json wins, else the file's folder.
  expect(copydesk.root_dir(work .. "/article.md") == work, "root_dir: %s", copydesk.root_dir(work .. "/article.md"))

  local file = work .. "/article.md"
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  expect(vim.bo[buf].filetype == "markdown", "filetype is '%s', not markdown", vim.bo[buf].filetype)

  wait_for("the copydesk client to attach", 10000, function()
    local attached = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
    return #copydesk.clients() > 0 and #attached > 0
  end)
  local client = copydesk.clients()[1]
  expect(client.config.root_dir == work, "client root %s, expected %s", tostring(client.config.root_dir), work)

  local function by_code(code)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == code then
        return d
      end
    end
    return nil
  end
  wait_for("three diagnostics", 20000, function()
    return by_code("spelling") and by_code("facts/unsourced-statistic") and by_code("facts/relative-time")
  end)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    log("diagnostic %d:%d-%d:%d [%s] %s", d.lnum, d.col, d.end_lnum, d.end_col, tostring(code_of(d)), d.message)
  end

  -- Positions: 0-based lines, byte columns (the article is ASCII).
  local expected = {
    { "spelling", 2, 11, 2, 20, "concensus" },
    { "facts/unsourced-statistic", 4, 31, 4, 42, "roughly 70%" },
    { "facts/relative-time", 6, 0, 6, 9, "Right now", vim.diagnostic.severity.HINT }, -- from settings
  }
  for _, e in ipairs(expected) do
    local d = by_code(e[1])
    expect(d.lnum == e[2] and d.col == e[3] and d.end_lnum == e[4] and d.end_col == e[5],
      "%s at %d:%d-%d:%d, expected %d:%d-%d:%d", e[1], d.lnum, d.col, d.end_lnum, d.end_col, e[2], e[3], e[4], e[5])
    local text = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, true)[1]:sub(d.col + 1, d.end_col)
    expect(text == e[6], "%s covers '%s', expected '%s'", e[1], text, e[6])
    expect(d.source == "copydesk", "%s: source '%s'", e[1], tostring(d.source))
    local severity = e[7] or vim.diagnostic.severity.WARN
    expect(d.severity == severity, "%s: severity %s, expected %s", e[1], tostring(d.severity), tostring(severity))
  end
  expect(by_code("spelling").message:find("concensus", 1, true), "spelling message: %s", by_code("spelling").message)

  -- Code actions for the typo.
  local typo = by_code("spelling")
  local lsp_diagnostic = {
    range = { start = { line = typo.lnum, character = typo.col }, ["end"] = { line = typo.end_lnum, character = typo.end_col } },
    severity = 2,
    code = "spelling",
    source = "copydesk",
    message = typo.message,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 2, character = 14 }, ["end"] = { line = 2, character = 14 } },
    context = { diagnostics = { lsp_diagnostic }, only = { "quickfix" } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000)
  expect(responses, "textDocument/codeAction: no response")
  local actions = {}
  for _, response in pairs(responses) do
    expect(response.err == nil, "textDocument/codeAction failed: %s", vim.inspect(response.err))
    vim.list_extend(actions, response.result or {})
  end
  local preferred
  local titles = {}
  for _, action in ipairs(actions) do
    table.insert(titles, action.title .. (action.isPreferred and " (preferred)" or ""))
    if action.isPreferred then
      expect(preferred == nil, "two preferred actions")
      preferred = action
    end
  end
  log("code actions: %s", table.concat(titles, "; "))
  expect(preferred, "no preferred code action among: %s", table.concat(titles, "; "))
  expect(preferred.title == "Replace with 'consensus'", "preferred action: %s", preferred.title)
  expect(preferred.kind == "quickfix", "preferred action kind: %s", tostring(preferred.kind))
  local has_dictionary = false
  for _, action in ipairs(actions) do
    if action.command and action.command.command == "copydesk.addToDictionary" then
      has_dictionary = true
    end
  end
  expect(has_dictionary, "no 'Add to dictionary' action")

  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or "utf-16")
  local line = vim.api.nvim_buf_get_lines(buf, 2, 3, true)[1]
  expect(line == "The global consensus among kernel maintainers is that Rust is here to stay.", "line 3 after the fix: %s", line)

  -- The server re-checks the edited text: the typo goes, the others stay.
  wait_for("the spelling diagnostic to go", 20000, function()
    return by_code("spelling") == nil and by_code("facts/unsourced-statistic") ~= nil
  end)
  -- Settings changed at run time reach the server (didChangeConfiguration, then
  -- workspace/configuration).
  copydesk.update_settings({ rules = { ["facts/relative-time"] = "off" } })
  wait_for("the relative-time diagnostic to go after update_settings()", 20000, function()
    return by_code("facts/relative-time") == nil and by_code("facts/unsourced-statistic") ~= nil
  end)

  vim.cmd("write")
  local on_disk = table.concat(vim.fn.readfile(file), "\n")
  expect(on_disk:find("global consensus among", 1, true), "the file on disk was not fixed")

  -- Other formats in the same folder: one client serves them all (HTML buffers
  -- get two FileType events on 0.7), and .mdx/.typ are detected on old Neovims.
  for _, sample in ipairs({
    { "page.html", { "<p>The concensus holds.</p>" }, "html" },
    { "notes.typ", { "= Notes", "", "A concensus here." }, "typst" },
    { "intro.mdx", { "# Intro", "", "A concensus here." }, "mdx" },
  }) do
    vim.fn.writefile(sample[2], work .. "/" .. sample[1])
    vim.cmd("edit " .. vim.fn.fnameescape(work .. "/" .. sample[1]))
    local other = vim.api.nvim_get_current_buf()
    expect(vim.bo[other].filetype == sample[3], "%s: filetype '%s', expected %s", sample[1], vim.bo[other].filetype, sample[3])
    wait_for("a spelling diagnostic in " .. sample[1], 20000, function()
      for _, d in ipairs(vim.diagnostic.get(other)) do
        if code_of(d) == "spelling" then
          return true
        end
      end
      return false
    end)
    expect(#copydesk.clients() == 1, "%s: %d copydesk clients, expected one", sample[1], #copydesk.clients())
    log("%s: filetype %s, diagnostics from the one client", sample[1], sample[3])
  end

  -- :checkhealth copydesk reports the binary, its version and the dictionary.
  vim.cmd("checkhealth copydesk")
  local report = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  for _, needle in ipairs({ "binary: " .. bin, "version: copydesk ", "dictionary: /usr/share/hunspell/en_US.dic" }) do
    expect(report:find(needle, 1, true), ":checkhealth copydesk lacks '%s':\n%s", needle, report)
  end
  expect(not report:find("ERROR", 1, true), ":checkhealth copydesk reports an error:\n%s", report)
  log(":checkhealth copydesk OK")
end

local ok, err = xpcall(run, debug.traceback)
for _, client in ipairs((vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients())) do
  if vim.fn.has("nvim-0.11") == 1 then
    client:stop()
  else
    client.stop()
  end
end
if ok then
  log("PASS")
  vim.cmd("qall!")
else
  failures = failures + 1
  log("FAIL: %s", tostring(err))
  vim.cmd("cquit 1")
end
