#!/usr/bin/env bash
# Builds the Debian package from an existing release build, checks its contents and Depends,
# validates the desktop entry and the AppStream metainfo it ships, installs it on this machine
# (Debian 12, as root: what CI does), runs `techwinter --version` and headless exports from the
# installed files, and removes the package again. Usage: check-deb.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=$(cd "${1:-build/release}" && pwd)
app_id=$(sed -n 's/^TECHWINTER_APP_ID:STRING=//p' "$build/CMakeCache.txt")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
fail() { echo "check-deb: $*" >&2; exit 1; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
[ -n "$app_id" ] && [ -n "$version" ] || fail "$build is not a configured TechWinter build"
# Never replace or remove a TechWinter the user installed on purpose.
if dpkg-query -W -f='${Status}' techwinter 2>/dev/null | grep -q 'install ok installed'; then
    fail "techwinter is already installed; remove it first (apt-get remove techwinter)"
fi

work=$(mktemp -d)
installed=0
cleanup() {
    [ "$installed" -eq 1 ] && DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y techwinter >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

cmake --build "$build"
deb="$build/techwinter_${version}_amd64.deb"
rm -f "$deb"
(cd "$build" && cpack -G DEB >/dev/null)
[ -f "$deb" ] || fail "cpack did not write $deb"

echo "== contents of $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(/usr/bin/techwinter
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done
# Only the app: no test, benchmark or header slipped into the install rules.
unexpected=$(grep -v '/$' "$work/contents" | grep -vxF -f <(printf '%s\n' "${expected[@]}") || true)
[ -z "$unexpected" ] || fail "unexpected files in the package: $unexpected"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Run-time plugins and data by hand, the linked libraries from dpkg-shlibdeps.
for package in libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk qt6-translations-l10n \
    libqt6charts6 libqt6widgets6 libqt6sql6 libqt6svg6 libc6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

echo "== validators"
dpkg-deb -x "$deb" "$work/root"
for size in 16 22 24 32 48 64 128 256; do
    file "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" |
        grep -q "PNG image data, $size x $size" || fail "the ${size}x$size icon is not a $size px PNG"
done
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"

echo "== install"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "$deb" >"$work/apt.log" ||
    { cat "$work/apt.log"; fail "apt-get install failed"; }
installed=1
[ "$(command -v techwinter)" = /usr/bin/techwinter ] || fail "techwinter is not /usr/bin/techwinter"

echo "== run the installed binary"
# A clean environment and a fresh home: nothing from the build tree or this shell helps it.
run() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}
mkdir -p "$work/home" && mkdir -m 0700 "$work/runtime"
got=$(run /usr/bin/techwinter --version)
[ "$got" = "TechWinter $version" ] || fail "--version printed '$got', expected 'TechWinter $version'"
echo "$got"
run /usr/bin/techwinter --db "$work/events.sqlite" --company Google --company Meta \
    --export-png "$work/chart.png"
file "$work/chart.png" | grep -q 'PNG image data, 1600 x 900' ||
    fail "the exported chart is not a 1600x900 PNG: $(file "$work/chart.png")"
# Bars, a line, axes and text compress to tens of kilobytes; a blank 1600x900 render to a few.
bytes=$(stat -c %s "$work/chart.png")
[ "$bytes" -gt 20000 ] || fail "the exported chart is only $bytes bytes: is it blank?"
run /usr/bin/techwinter --db "$work/events.sqlite" --company Google --export-csv "$work/google.csv"
head -1 "$work/google.csv" | grep -q '^date,company,kind,title,' || fail "the CSV export has no header"
rows=$(($(wc -l <"$work/google.csv") - 1))
[ "$rows" -gt 0 ] || fail "the CSV export of Google's events is empty"
echo "chart.png: $(file -b "$work/chart.png"), google.csv: $rows rows"
echo "check-deb: OK"
