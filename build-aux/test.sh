#!/bin/sh
# Installs what is needed, builds, and runs the whole test suite twice:
# as built, then under AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer; then every libFuzzer target over its seed corpus. The UI
# tests get a private X server and session bus.
set -eu
cd "$(dirname "$0")/.."
build-aux/setup.sh

if [ ! -f build-asan/build.ninja ]; then
  meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false
fi
ninja -C build-asan

status=0
for dir in build build-asan; do
  echo "== test suite in $dir"
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
    meson test -C "$dir" --print-errorlogs --num-processes 2 || status=$?
done

# Every fuzz target over its seed corpus, built with clang and libFuzzer.
echo "== fuzz targets over their corpora"
build-aux/fuzz.sh || status=$?

# One summary line that any CI reads, counted from meson's own logs and
# the fuzz targets' results.
python3 - build/meson-logs/testlog.json build-asan/meson-logs/testlog.json build-fuzz/fuzz-results.txt <<'PY'
import json, os, sys
counts = {"passed": 0, "failed": 0, "skipped": 0}
for path in sys.argv[1:3]:
    for line in open(path, encoding="utf-8"):
        result = json.loads(line).get("result")
        if result in ("OK", "EXPECTEDFAIL"):
            counts["passed"] += 1
        elif result == "SKIP":
            counts["skipped"] += 1
        else:
            counts["failed"] += 1
if os.path.exists(sys.argv[3]):
    for line in open(sys.argv[3], encoding="utf-8"):
        counts["passed" if line.split()[-1] == "OK" else "failed"] += 1
else:
    counts["failed"] += 1
print(f"tests: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
PY
exit $status
