#!/bin/sh
# Makes sure the Debian browser packages the tests drive are installed (no browser is ever
# downloaded by npm). Installs the missing ones with apt-get when run as root (or with sudo),
# otherwise says what to install. Usage: sh scripts/ensure-browsers.sh chromium [firefox-esr] [webkit]
missing=""
for b in "$@"; do
  case "$b" in
    chromium) [ -x /usr/bin/chromium ] || missing="$missing chromium" ;;
    firefox-esr) [ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr" ;;
    webkit) { command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null && command -v xauth >/dev/null; } || missing="$missing webkit2gtk-driver xvfb xauth" ;;
    *) echo "ensure-browsers: unknown browser $b" >&2; exit 2 ;;
  esac
done
[ -z "$missing" ] && exit 0
echo "Installing Debian packages:$missing"
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Please install them first: apt-get install -y$missing" >&2; exit 1
fi
$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
