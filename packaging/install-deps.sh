#!/usr/bin/env bash
# Installs the Debian packages Rapport needs to build, run and test, and nothing
# that is already there. Called by `make run`, `make test` and `make bench`.
#   install-deps.sh build   -> what building and running needs
#   install-deps.sh test    -> build + what the test suite needs
#   install-deps.sh bench   -> test + the peers the benchmark compares with (ELKI,
#                              which pulls in a Java runtime)
set -euo pipefail

build_pkgs=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libicu-dev libphonenumber-dev libgl-dev fonts-wqy-microhei
    libgsl-dev libxgboost-dev
    libcurl4-openssl-dev libkainjow-mustache-dev qtkeychain-qt6-dev libsodium-dev
)
test_pkgs=(xvfb xauth sqlite3 clang-format imagemagick clang libclang-rt-14-dev
           python3-aiosmtpd openssl desktop-file-utils appstream file dpkg-dev)
bench_pkgs=(elki time)

wanted=("${build_pkgs[@]}")
if [ "${1:-build}" = "test" ] || [ "${1:-build}" = "bench" ]; then
    wanted+=("${test_pkgs[@]}")
fi
if [ "${1:-build}" = "bench" ]; then
    wanted+=("${bench_pkgs[@]}")
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Rapport's set-up needs a Debian or Ubuntu system with apt-get." >&2
    echo "Install these packages (or your system's equivalents) by hand, then run make again:" >&2
    echo "  ${missing[*]}" >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "Installing ${missing[*]} needs root, and sudo is not available." >&2
        exit 1
    fi
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
