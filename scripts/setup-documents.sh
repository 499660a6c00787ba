#!/usr/bin/env bash
# Installs the Debian packages the document tests need: LibreOffice (turns filled .docx files into the PDF, HTML and
# text a site publishes) with CJK fonts (without them its PDFs have no Chinese text layer), and poppler-utils
# (pdftotext, pdftoppm: the bench's reference and the tests' page images), img2pdf (a scanned PDF made in a test),
# and Chromium (the review page's test opens the page in it). Idempotent: a second run only checks.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for p in libreoffice-writer-nogui fonts-noto-cjk poppler-utils img2pdf chromium; do installed "$p" || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "[setup] apt-get install ${missing[*]}" >&2
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
