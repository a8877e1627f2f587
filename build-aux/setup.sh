#!/bin/sh
# Installs the Debian packages Saywhen needs (when any is missing) and
# configures and builds the project in ./build. Safe to run again.
set -eu

cd "$(dirname "$0")/.."

packages=$(grep -v '^#' build-aux/debian-packages.txt | grep -v '^$' | tr '\n' ' ')
missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
  else
    SUDO=
  fi
  echo "Installing:$missing"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# A new build directory is built twice, guided by a profile: the command-line
# tool first with counters, run over the project's own articles in
# data/training/, then everything with what that run counted, which makes
# extraction several percent faster. Later builds reuse the counts; rebuild
# from scratch (rm -r build) to count again after large changes.
if [ ! -f build/build.ninja ]; then
  meson setup build -Db_pgo=generate
  ninja -C build src/saywhen-cli
  build/src/saywhen-cli extract data/sample/sample-article.txt data/training/*.txt >/dev/null
  meson configure build -Db_pgo=use
fi
ninja -C build
