#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack, then checks it like a user's
# machine would see it: its dependencies exist as Debian packages (and are
# installed here), its desktop entry and AppStream file validate, and the
# programs unpacked into a scratch root run: `rapport-cli --version`, a database
# made with it, and the window started offscreen on that database.
#   check_package.sh BUILD_DIR WORK_DIR VERSION
set -euo pipefail
build=$1
work=$2
version=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack did not build the package"; }
deb=$(ls "$work"/out/rapport_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no rapport_*.deb in $work/out"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# Dependencies: the plugins dpkg-shlibdeps cannot see, and the libraries it can.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6widgets6 libqt6charts6 libsqlite3-0 \
    libsodium23 libcurl4; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed"
done
# Every dependency (first of each set of alternatives) is installed here, as a
# package or as a virtual package an installed one provides
# (libphonenumber8-protobuf32 is provided by libphonenumber8).
provided=$(dpkg-query -W -f='${Status}|${Provides}\n' | grep '^install ok installed|' \
    | cut -d'|' -f2 | tr ',' '\n' | sed -E 's/^ *([^ ]+).*/\1/')
while read -r dep; do
    name=$(sed -E 's/^([^ (|]+).*/\1/' <<<"$dep")
    [ -n "$name" ] || continue
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" \
        || grep -qx "$name" <<<"$provided" \
        || fail "dependency $name is neither installed nor provided here"
done < <(tr ',' '\n' <<<"$depends" | sed 's/^ *//')

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/rapport usr/bin/rapport-cli usr/share/applications/rapport.desktop \
    usr/share/metainfo/io.github.rapport.Rapport.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.rapport.Rapport.svg; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
desktop-file-validate "$root/usr/share/applications/rapport.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.rapport.Rapport.metainfo.xml" \
    || fail "appstreamcli validate"

# The programs from the scratch root, with a throw-away home.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
out=$("$root/usr/bin/rapport-cli" --version)
grep -q "$version" <<<"$out" || fail "rapport-cli --version said: $out"
echo "rapport-cli --version: $out"
"$root/usr/bin/rapport-cli" --db "$work/check.db" demo --customers 50 --seed 3 >/dev/null \
    || fail "rapport-cli could not make a database"
# The window, offscreen, on that database, with the Chinese translation that is
# embedded in the binary: it opens, paints and saves a picture of itself.
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/rapport" --language zh_CN \
    --screenshot "$work/start.png" "$work/check.db" || fail "rapport did not start offscreen"
[ -s "$work/start.png" ] || fail "no picture of the started window"
echo "ok: installed into a scratch root, both programs run"
