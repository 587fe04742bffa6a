#!/bin/sh
# An image build's training start: runs this image's server once on its defaults (the to-do service on the
# embedded H2), asks it TRAIN_PATHS so that the classes they need load, and stops it. The JVM writes the
# class-data archive CLASS_ARCHIVE as it exits; every later start of the image maps its classes from there.
#   CLASS_ARCHIVE=... TRAIN_PATHS="/ /api/tasks" train-class-archive.sh
set -eu
config=$(cd "$(dirname "$0")" && pwd)
: "${CLASS_ARCHIVE:?names the archive to write}"
rm -f "$CLASS_ARCHIVE"
log=/tmp/train-class-archive.log
"$config/payara-micro.sh" >"$log" 2>&1 &
server=$!
waited=0
until "$config/healthcheck.sh" 8080 /health/ready 2>/dev/null; do
    if ! kill -0 "$server" 2>/dev/null || [ "$waited" -ge 180 ]; then
        echo "train-class-archive: the server did not get ready; its log:" >&2; cat "$log" >&2; exit 1
    fi
    sleep 1; waited=$((waited + 1))
done
for path in ${TRAIN_PATHS:-/}; do
    wget -q -O /dev/null -T 10 "http://127.0.0.1:8080$path" 2>/dev/null || true
done
kill -TERM "$server"
wait "$server" || true
[ -s "$CLASS_ARCHIVE" ] || { echo "train-class-archive: no archive written; the server's log:" >&2; cat "$log" >&2; exit 1; }
echo "train-class-archive: $(du -m "$CLASS_ARCHIVE" | cut -f1) MB written after a start of ${waited} s"
