# Shared set-up for scripts/run and scripts/test (sourced, not run):
# installs missing Debian packages, then configures and builds copydesk (Release).
set -euo pipefail

COPYDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COPYDESK_BUILD="${COPYDESK_BUILD:-$COPYDESK_ROOT/build}"

# Packages the build needs (see README "Dependencies").
COPYDESK_BUILD_PACKAGES=(build-essential cmake pkg-config libhunspell-dev hunspell-en-us
  nlohmann-json3-dev libfmt-dev libboost-dev libgtest-dev libmd4c-dev libre2-dev libutf8proc-dev
  libgumbo-dev)
# Packages only the tests need (scripts/test installs them too).
COPYDESK_TEST_PACKAGES=(python3-jsonschema)
# Real editor clients (tests/clients/): Neovim, Emacs with Eglot and markdown-mode,
# and chromium to drive VS Code (code-server); node and npm come with the machine.
COPYDESK_TEST_PACKAGES+=(neovim emacs-nox elpa-eglot elpa-markdown-mode chromium)
# Sanitizer and fuzz builds (scripts/test): clang with libFuzzer and the
# sanitizer runtimes, and ccache (compiler cache under ~/.cache/copydesk/ccache).
COPYDESK_TEST_PACKAGES+=(clang libclang-rt-14-dev ccache)

copydesk_log() { printf 'copydesk: %s\n' "$*" >&2; }

# copydesk_install_packages PKG...: installs the packages that are not installed yet.
copydesk_install_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      copydesk_log "missing packages: ${missing[*]}; run as root or install sudo"
      return 1
    fi
    sudo=(sudo)
  fi
  copydesk_log "installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ccache, when installed, caches compiler output across builds and fresh clones
# (CI runs on the same machine): CCACHE_DIR defaults to ~/.cache/copydesk/ccache.
# Paths are hashed relative to the checkout, so a clone elsewhere hits the cache.
# (Exported here, not in copydesk_ccache_flag, which runs in a subshell.)
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/copydesk/ccache}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$COPYDESK_ROOT}" CCACHE_NOHASHDIR=1
copydesk_ccache_flag() {
  if command -v ccache >/dev/null; then
    echo "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
  fi
}

# copydesk_build [TARGET...]: configures (first time) and builds.
copydesk_build() {
  # COPYDESK_CMAKE_ARGS: more cache settings (scripts/test: warnings as errors).
  if [ ! -f "$COPYDESK_BUILD/CMakeCache.txt" ] || [ -n "${COPYDESK_CMAKE_ARGS:-}" ]; then
    # shellcheck disable=SC2086
    cmake -S "$COPYDESK_ROOT" -B "$COPYDESK_BUILD" -DCMAKE_BUILD_TYPE=Release $(copydesk_ccache_flag) \
      ${COPYDESK_CMAKE_ARGS:-} >/dev/null
  fi
  local targets=()
  local t
  for t in "$@"; do targets+=(--target "$t"); done
  local log="$COPYDESK_BUILD/build.log"
  copydesk_log "building in $COPYDESK_BUILD (log: $log)"
  if ! cmake --build "$COPYDESK_BUILD" -j "$(nproc)" "${targets[@]}" >"$log" 2>&1; then
    grep -E 'error|Error' "$log" | head -40 >&2 || true
    copydesk_log "build failed; see $log"
    return 1
  fi
}
