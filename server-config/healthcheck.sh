#!/bin/bash
# Container health check without curl (the Payara Micro image has none): GET a URL path on this host
# with bash's /dev/tcp and succeed on HTTP 200.  Usage: healthcheck.sh [port] [path]
port=${1:-8080}
path=${2:-/health/ready}
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
read -r -t 3 _ status _ <&3 || exit 1
[ "$status" = 200 ]
