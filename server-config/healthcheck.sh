#!/bin/sh
# Container health check: GET a path on this host and succeed on a 2xx answer. wget, as the official image
# (Alpine, BusyBox) has it and neither curl nor bash.  Usage: healthcheck.sh [port] [path]
exec wget -q -O /dev/null -T 3 "http://127.0.0.1:${1:-8080}${2:-/health/ready}"
