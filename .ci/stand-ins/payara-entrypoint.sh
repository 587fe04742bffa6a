#!/bin/sh
# As the official image: heap from the container's memory, extra options from JVM_ARGS, arguments to Payara.
set -e
exec java -XX:+UseContainerSupport -XX:MaxRAMPercentage=${MEM_MAX_RAM_PERCENTAGE} -Xss${MEM_XSS} ${JVM_ARGS} \
    -jar payara-micro.jar "$@"
