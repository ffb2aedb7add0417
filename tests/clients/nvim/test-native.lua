-- Headless test of editors/nvim/lsp/copydesk.lua on Neovim 0.11+, without the
-- plugin: vim.lsp.config + vim.lsp.enable start the server for a Markdown and
-- an HTML buffer (one client), and the settings reach it only through
-- workspace/configuration (the file sends no initializationOptions).
-- Run by newest.sh through run.sh (COPYDESK_NVIM_TEST=test-native.lua).
local function log(fmt, ...)
  io.stderr:write(string.format("nvim-native-test: " .. fmt, ...) .. "\n")
end

local function expect(cond, fmt, ...)
  if not cond then
    error(string.format(fmt, ...), 0)
  end
end

local function spelling_of(buf)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == "spelling" then
      return d
    end
  end
  return nil
end

local function run()
  local bin, repo, work = os.getenv("COPYDESK_BIN"), os.getenv("COPYDESK_REPO"), os.getenv("COPYDESK_WORK")
  expect(vim.lsp.config ~= nil and vim.lsp.enable ~= nil, "vim.lsp.config/enable need Neovim 0.11+")
  local v = vim.version()
  log("Neovim %d.%d.%d", v.major, v.minor, v.patch)
  vim.opt.runtimepath:prepend(repo .. "/editors/nvim")
  vim.lsp.config("copydesk", { cmd = { bin, "lsp" }, settings = { copydesk = { rules = { spelling = "error" } } } })
  vim.lsp.enable("copydesk")
  vim.cmd("filetype on")

  local seen = {}
  for _, sample in ipairs({
    { "article.md", nil },
    { "page.html", { "<p>The concensus holds.</p>" } },
  }) do
    if sample[2] then
      vim.fn.writefile(sample[2], work .. "/" .. sample[1])
    end
    vim.cmd("edit " .. vim.fn.fnameescape(work .. "/" .. sample[1]))
    local buf = vim.api.nvim_get_current_buf()
    local ok = vim.wait(20000, function()
      return spelling_of(buf) ~= nil
    end, 50)
    expect(ok, "%s: no spelling diagnostic", sample[1])
    local d = spelling_of(buf)
    expect(d.severity == vim.diagnostic.severity.ERROR, "%s: spelling severity %s; the settings did not arrive",
      sample[1], tostring(d.severity))
    for _, client in ipairs(vim.lsp.get_clients({ bufnr = buf, name = "copydesk" })) do
      seen[client.id] = true
      expect(client.root_dir == work, "%s: root %s, expected %s", sample[1], tostring(client.root_dir), work)
    end
    log("%s: spelling error at %d:%d", sample[1], d.lnum, d.col)
  end
  expect(vim.tbl_count(seen) == 1, "%d copydesk clients, expected one", vim.tbl_count(seen))
end

local ok, err = xpcall(run, debug.traceback)
for _, client in ipairs(vim.lsp.get_clients()) do
  client:stop()
end
if ok then
  log("PASS")
  vim.cmd("qall!")
else
  log("FAIL: %s", tostring(err))
  vim.cmd("cquit 1")
end
