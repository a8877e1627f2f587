#!/bin/sh
# Measures the time from launching Saywhen to the first frame that shows an
# article (the sample), over several runs; needs a display (e.g. Xvfb).
set -eu
cd "$(dirname "$0")/.."
runs=${1:-5}
for i in $(seq "$runs"); do
  t0=$(date +%s%6N)
  drawn=$(G_MESSAGES_DEBUG=sw-window GSETTINGS_BACKEND=memory timeout 10 \
    build/src/ui/saywhen data/sample/sample-article.txt 2>&1 &
    pid=$!
    sleep 3
    kill $pid 2>/dev/null || true)
  t1=$(echo "$drawn" | sed -n 's/.*first article drawn at \([0-9]*\).*/\1/p' | head -n 1)
  echo "run $i: $(( (t1 - t0) / 1000 )) ms"
done
