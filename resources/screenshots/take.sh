#!/usr/bin/env bash
# Takes the README screenshots of the main window on the demo database:
#   resources/screenshots/main-en.png and main-zh_CN.png
# Usage: resources/screenshots/take.sh [BUILD_DIR]   (default: build)
# Runs the GUI headless (QT_QPA_PLATFORM=offscreen) with `rapport --screenshot`,
# in a throw-away HOME so the user's settings and data are never touched.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
app="$build/app/rapport"
cli="$build/app/rapport-cli"
size="${RAPPORT_SCREENSHOT_SIZE:-1280x800}"

if [[ ! -x "$app" ]]; then
    echo "take.sh: $app not found; build first (cmake --build $build)" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The demo company: 2,000 customers, seed 7 (the same rows every time).
db="$work/demo.db"
if [[ -x "$cli" ]]; then
    "$cli" --db "$db" demo --customers 2000 --seed 7 >/dev/null
    open_args=("$db")
else
    # Without the CLI the GUI makes the same demo database itself.
    open_args=(--demo)
fi

for lang in en zh_CN; do
    out="$here/main-$lang.png"
    # LANG too, so Qt's own strings and the locale's number format follow.
    LANG="$lang.UTF-8" LC_ALL= "$app" --language "$lang" --size "$size" \
        --screenshot "$out" "${open_args[@]}" 2> >(grep -v propagateSizeHints >&2)
    echo "wrote $out"
done
