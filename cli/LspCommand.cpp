#include "cli/LspCommand.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <boost/asio/io_context.hpp>

#include "cli/RuleDocs.h"
#include "protocol/StdioTransport.h"
#include "server/LspServer.h"

namespace copydesk::cli {

namespace {

constexpr const char* kUsage = "Usage: copydesk lsp [options]\n"
                               "\n"
                               "Runs the copydesk language server (LSP 3.17) over stdin/stdout. Editors start it;\n"
                               "nothing but LSP messages is written to stdout.\n"
                               "\n"
                               "Options:\n"
                               "  --log-level LEVEL   error, warn, info or debug (default: warn)\n"
                               "  --log-file PATH     append the log to PATH instead of stderr\n"
                               "  --stdio             accepted for compatibility (stdio is the only transport)\n"
                               "  -h, --help          show this help\n"
                               "\n"
                               "Editor settings (initializationOptions or the \"copydesk\" section of\n"
                               "workspace/configuration) take the .copydesk.json keys plus docsUrl,\n"
                               "diagnosticMode (auto|push|pull|both) and debounceMs.\n";

}  // namespace

int runLsp(int argc, char** argv) {
  server::LogLevel level = server::LogLevel::Warn;
  std::string log_file;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stderr);
      return 0;
    } else if (arg == "--log-level") {
      const char* name = value();
      const auto parsed = name ? server::parseLogLevel(name) : std::nullopt;
      if (!parsed) {
        std::fprintf(stderr, "copydesk lsp: --log-level takes error, warn, info or debug\n");
        return 2;
      }
      level = *parsed;
    } else if (arg == "--log-file") {
      const char* path = value();
      if (!path) {
        std::fprintf(stderr, "copydesk lsp: --log-file needs a path\n");
        return 2;
      }
      log_file = path;
    } else if (arg == "--stdio") {
    } else {
      std::fprintf(stderr, "copydesk lsp: unknown option '%s'\nTry 'copydesk lsp --help'.\n", argv[i]);
      return 2;
    }
  }

  server::Logger logger(level);
  if (!log_file.empty()) {
    std::string error;
    if (!logger.openFile(log_file, error)) {
      std::fprintf(stderr, "copydesk lsp: %s\n", error.c_str());
      return 2;
    }
  }

  boost::asio::io_context io(1);
  protocol::StdioTransport::Options transport_options;
  transport_options.log = [&logger](std::string_view line) { logger.warn("{}", line); };
  protocol::StdioTransport transport(io.get_executor(), 0, 1, transport_options);

  server::ServerOptions options;
  options.version = COPYDESK_VERSION;
  options.docs_url = localRuleDocsUrl();
  server::LspServer server(transport, logger, options, io.get_executor());

  // After the session ends the io_context runs out of work once the last
  // messages are written; the watchdog stops it if something lingers.
  std::mutex mutex;
  std::condition_variable done;
  bool returned = false;
  std::thread watchdog;
  int status = 1;
  server.setOnExit([&](int exit_status) {
    status = exit_status;
    watchdog = std::thread([&] {
      std::unique_lock lock(mutex);
      if (!done.wait_for(lock, std::chrono::seconds(1), [&] { return returned; })) {
        logger.warn("still busy one second after exit: stopping");
        io.stop();
      }
    });
  });
  logger.info("copydesk {} language server started", COPYDESK_VERSION);
  server.start();
  io.run();
  {
    std::lock_guard lock(mutex);
    returned = true;
  }
  done.notify_all();
  if (watchdog.joinable()) watchdog.join();
  return status;
}

}  // namespace copydesk::cli
