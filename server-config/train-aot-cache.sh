#!/bin/sh
# An image build's training start: runs this image's server once on its defaults (the to-do service on the
# embedded H2), asks it TRAIN_PATHS so that the classes they need load, and stops it. The JVM writes the AOT
# cache AOT_CACHE as it exits; every later start of the image maps its classes from there.
#   AOT_CACHE=... TRAIN_PATHS="/ /api/tasks" train-aot-cache.sh
set -eu
config=$(cd "$(dirname "$0")" && pwd)
: "${AOT_CACHE:?names the cache to write}"
rm -f "$AOT_CACHE"
log=/tmp/train-aot-cache.log
"$config/payara-micro.sh" >"$log" 2>&1 &
server=$!
waited=0
until "$config/healthcheck.sh" 8080 /health/ready 2>/dev/null; do
    if ! kill -0 "$server" 2>/dev/null || [ "$waited" -ge 180 ]; then
        echo "train-aot-cache: the server did not get ready; its log:" >&2; cat "$log" >&2; exit 1
    fi
    sleep 1; waited=$((waited + 1))
done
for path in ${TRAIN_PATHS:-/}; do
    wget -q -O /dev/null -T 10 "http://127.0.0.1:8080$path" 2>/dev/null || true
done
kill -TERM "$server"
wait "$server" || true
[ -s "$AOT_CACHE" ] || { echo "train-aot-cache: no cache written; the server's log:" >&2; cat "$log" >&2; exit 1; }
echo "train-aot-cache: $(du -m "$AOT_CACHE" | cut -f1) MB written after a start of ${waited} s"
