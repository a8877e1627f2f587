#!/bin/sh
# Installs the build into a scratch root and checks that everything a
# desktop needs lands where it looks, and that the installed tools run
# outside the build tree.
set -eu
build=$1
prefix=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

meson install -C "$build" --destdir "$root" --no-rebuild --quiet >/dev/null

fail=0
for f in \
  "bin/saywhen" \
  "bin/saywhen-cli" \
  "share/applications/io.github.saywhen.Saywhen.desktop" \
  "share/metainfo/io.github.saywhen.Saywhen.metainfo.xml" \
  "share/glib-2.0/schemas/io.github.saywhen.Saywhen.gschema.xml" \
  "share/icons/hicolor/scalable/apps/io.github.saywhen.Saywhen.svg" \
  "share/icons/hicolor/symbolic/apps/io.github.saywhen.Saywhen-symbolic.svg" \
  "share/man/man1/saywhen-cli.1"
do
  if [ ! -e "$root$prefix/$f" ]; then
    echo "not installed: $prefix/$f"
    fail=1
  fi
done

# Outside the build tree, from another directory
out=$(cd "$root" && printf 'Talks resumed.\n' | "$root$prefix/bin/saywhen-cli" extract -)
case "$out" in
  '{"document":'*) ;;
  *) echo "installed saywhen-cli printed: $out"; fail=1 ;;
esac

exit $fail
