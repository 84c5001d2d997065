#!/bin/sh
# Makes sure the system libraries WeasyPrint needs (Pango), a CJK font and a Latin font are present.
# Installs Debian's packages when running as root; otherwise prints the one command to run.
set -eu
missing=""
fc-list :lang=zh 2>/dev/null | grep -q . || missing="$missing fonts-noto-cjk"
# The Latin family of the English edition, with true italics (Noto Serif / Noto Sans).
fc-list "Noto Serif:style=Italic" 2>/dev/null | grep -q . || missing="$missing fonts-noto-core"
command -v fc-list >/dev/null 2>&1 || missing="$missing fontconfig"
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || missing="$missing libpango-1.0-0"
ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so' || missing="$missing libpangoft2-1.0-0"
# Without HarfBuzz's subsetter WeasyPrint subsets CJK fonts with fontTools: ~40 s more per edition.
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so' || missing="$missing libharfbuzz-subset0"
# The print tests render pages (pdftoppm), list fonts (pdffonts) and decode QR codes (zbarimg).
command -v pdftoppm >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v zbarimg >/dev/null 2>&1 || missing="$missing zbar-tools"
# `build --pdf-variant pdf/x-4` takes its CMYK output-intent profile from ghostscript's (csrpress.variants).
[ -f /usr/share/color/icc/ghostscript/default_cmyk.icc ] || missing="$missing libgs-common"
# The browser tests of `csrpress serve` drive Debian's chromium with Playwright (never `playwright install`).
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "csrpress: installing Debian packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "csrpress: missing system packages:$missing" >&2
    echo "  run: sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
fi
