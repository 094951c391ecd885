#!/usr/bin/env bash
# FloorChart developer entry point, for a fresh Debian 12 machine (as root or with sudo):
#   packaging/dev.sh run    install what is missing, build, start the app on a demo clinic
#   packaging/dev.sh test   install what is missing, build, run the whole test suite (then all of
#                           it again under ASan + UBSan, GUI tests included, and the fuzzers briefly)
#   packaging/dev.sh build  install what is missing and build
# FLOORCHART_BUILD_DIR overrides the build folder (default: build/ in the checkout).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FLOORCHART_BUILD_DIR:-$root/build}
jobs=$(nproc 2>/dev/null || echo 2)

# Debian packages the build, the tests and `run` need (libraries from Debian only, never vendored).
packages=(
  g++ make cmake pkg-config ccache
  libwxgtk3.2-dev wx-common
  libsqlite3-dev libsqlitecpp-dev libboost-date-time-dev libhpdf-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev libsodium-dev libicu-dev libical-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-dejavu-core xvfb xauth qpdf poppler-utils
  clang-14 libclang-rt-14-dev
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  say "installing ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { say "run as root or install sudo"; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Optimised, with line tables only (-g1): a backtrace still names file and line, and the build
# takes a quarter less time than with full debug information (-g), which matters on two cores.
# To step through local variables in a debugger, configure a Debug tree of your own.
settings=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")

# ccache (when installed) shares its results between checkouts in different folders: paths under
# the checkout are hashed relative to it, and the working folder is left out of the hash.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

build() {
  if [[ ! -f $build_dir/CMakeCache.txt || "$(cat "$build_dir/floorchart-settings" 2>/dev/null)" != "${settings[*]}" ]]; then
    cmake -S "$root" -B "$build_dir" "${settings[@]}" >/dev/null
    echo "${settings[*]}" >"$build_dir/floorchart-settings"
  fi
  cmake --build "$build_dir" --parallel "$jobs"
}

# Runs a command on the current display, or under a virtual one when there is none.
with_display() {
  if [[ -n ${DISPLAY:-} ]]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1280x800x24" "$@"
  fi
}

case ${1:-} in
  build)
    install_missing
    build
    ;;
  test)
    install_missing
    build
    cd "$build_dir"
    ctest --output-on-failure --parallel "$jobs" --timeout 600
    # The same suite again, the GUI tests included, built by clang with AddressSanitizer and
    # UndefinedBehaviorSanitizer (its own build folder); then the libFuzzer harnesses built there
    # run a short while each.
    sanitized=${build_dir}-fuzz
    FLOORCHART_FUZZ_DIR=$sanitized "$root/tests/fuzz/configure.sh"
    (cd "$sanitized" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --output-on-failure --parallel "$jobs" --timeout 900)
    FLOORCHART_FUZZ_DIR=$sanitized "$root/tests/fuzz/run.sh" "${FLOORCHART_FUZZ_SECONDS:-15}"
    ;;
  run)
    install_missing
    build
    demo=${FLOORCHART_DEMO_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/floorchart/demo-clinic.floorchart}
    if [[ ! -f $demo ]]; then
      say "creating the demo clinic $demo (synthetic patients)"
      "$build_dir/src/cli/floorchart-cli" --db "$demo" init >/dev/null
      "$build_dir/src/cli/floorchart-cli" --db "$demo" demo --patients 300 --seed 1
    fi
    shift
    with_display "$build_dir/src/ui/floorchart" --db "$demo" "$@"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|build" >&2
    exit 2
    ;;
esac
