#!/bin/sh
# Installs what is needed, builds, and runs the whole test suite; the UI
# tests get a private X server and session bus.
set -eu
cd "$(dirname "$0")/.."
build-aux/setup.sh

status=0
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  meson test -C build --print-errorlogs --num-processes 2 || status=$?

# One summary line that any CI reads, counted from meson's own log.
python3 - build/meson-logs/testlog.json <<'PY'
import json, sys
counts = {"passed": 0, "failed": 0, "skipped": 0}
for line in open(sys.argv[1], encoding="utf-8"):
    result = json.loads(line).get("result")
    if result in ("OK", "EXPECTEDFAIL"):
        counts["passed"] += 1
    elif result == "SKIP":
        counts["skipped"] += 1
    else:
        counts["failed"] += 1
print(f"tests: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
PY
exit $status
