#!/bin/sh
# As the official image: heap from the container's memory, extra options from JVM_ARGS, arguments to Payara.
exec java -XX:MaxRAMPercentage=${MEM_MAX_RAM_PERCENTAGE} -Xss${MEM_XSS} -XX:+UseContainerSupport ${JVM_ARGS} \
    -jar payara-micro.jar "$@"
