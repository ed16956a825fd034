#!/usr/bin/env bash
# Installs the Debian packages the tests drive: Chromium (site tests), poppler-utils,
# qpdf and PDFBox (PDF checks). Skips the install when everything is already present.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
ls /usr/share/java/pdfbox2*.jar >/dev/null 2>&1 || ls /usr/share/java/pdfbox*.jar >/dev/null 2>&1 || need+=(libpdfbox2-java)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -eq 0 ]; then
  echo "Testverktygen finns redan."
  exit 0
fi
echo "Installerar: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
