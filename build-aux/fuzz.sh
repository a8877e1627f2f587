#!/bin/sh
# Builds the libFuzzer targets with clang and runs each over its seed
# corpus in tests/fuzz/corpus-NAME/. With SECONDS_PER_TARGET set, each
# target fuzzes for that long instead (new inputs go to a scratch corpus,
# so the committed seeds stay small and reviewed).
set -eu
cd "$(dirname "$0")/.."

if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang meson setup build-fuzz -Dfuzzing=true -Dgui=disabled -Db_lundef=false
fi
ninja -C build-fuzz $(cd tests/fuzz && ls fuzz-*.c | sed 's|\.c$||; s|^|tests/fuzz/|')

# Plain malloc for GLib's slices, as GLib advises under memory checkers,
# and the suppressions of the sanitized test suite (see tests/lsan.supp).
export G_SLICE=always-malloc
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
# undefined behaviour is a failure, as in the sanitized test suite
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

status=0
results=build-fuzz/fuzz-results.txt
: > "$results"
for source in tests/fuzz/fuzz-*.c; do
  name=$(basename "$source" .c)
  corpus=tests/fuzz/corpus-${name#fuzz-}
  if [ -n "${SECONDS_PER_TARGET:-}" ]; then
    scratch=$(mktemp -d)
    cp "$corpus"/* "$scratch"/
    echo "== $name for ${SECONDS_PER_TARGET}s"
    build-fuzz/tests/fuzz/"$name" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 \
      -artifact_prefix=build-fuzz/"$name"- "$scratch" || status=1
    rm -rf "$scratch"
  else
    echo "== $name over $corpus"
    if build-fuzz/tests/fuzz/"$name" -runs=0 "$corpus"; then
      echo "$name OK" >> "$results"
    else
      echo "$name FAIL" >> "$results"
      status=1
    fi
  fi
done
exit $status
