#!/bin/sh
# Installs what is needed, builds, and opens Saywhen on its sample article.
set -eu
cd "$(dirname "$0")/.."
build-aux/setup.sh
exec build/src/ui/saywhen data/sample/sample-article.txt "$@"
