#!/bin/sh
# The one command line of every Payara Micro of this project: ./run.sh, the tests' PayaraServer, the bench and
# both images start their servers through it, with the settings of this folder. POSIX sh: the official image
# (Alpine) has no bash.
#   payara-micro.sh [Payara Micro options]      for instance: --port 8080 --deploy todo.war --contextroot /
# Without options it serves what the image's deployment folder holds ($DEPLOY_DIR) on port 8080.
# Environment (all optional):
#   PAYARA_MICRO_JAR  the Payara Micro jar; default /opt/payara/payara-micro.jar (the image's)
#   PAYARA_ROOT_DIR   where Payara Micro unpacks itself (into its folder "instance", emptied at each start);
#                     default /tmp/payara-micro
#   JAVA              the java to run; default $JAVA_HOME/bin/java, else java on the PATH
#   JVM_HEAP          the heap's bound; default -XX:MaxRAMPercentage=$MEM_MAX_RAM_PERCENTAGE (the images set it)
#   PAYARA_HTTP_ADDRESS  the address the HTTP listener binds; default every address (a container's)
#   PAYARA_CLUSTER_MODE  join the Hazelcast data grid that Payara ships, found as Payara Micro's --clustermode says
#                     (dns:weather-grid:6900 in Kubernetes, tcpip:127.0.0.1:6900,127.0.0.1:6901 on one machine); the
#                     weather replicas share their cache and bounds in it. Unset: no data grid, no Hazelcast thread.
#   JVM_ARGS          further JVM options (a profiler, say), as the official image reads them
#   AOT_CACHE         JDK 25's ahead-of-time cache (JEP 483, 514): classes loaded and linked, mapped at start when
#                     the file exists (a JVM that finds it does not fit, another JDK or jar, ignores it); else
#                     written when this server stops, from what this run loaded (a training run). JDK 25+.
set -eu
config=$(cd "$(dirname "$0")" && pwd)
jar=${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}
base=${PAYARA_ROOT_DIR:-/tmp/payara-micro}
root=$base/instance
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
heap=${JVM_HEAP:--XX:MaxRAMPercentage=${MEM_MAX_RAM_PERCENTAGE:-50.0}}

[ $# -gt 0 ] || set -- --deploymentDir "${DEPLOY_DIR:-/opt/payara/deployments}" --port 8080

# glibc gives each thread that allocates its own malloc arena (64 MiB of address space, megabytes touched each);
# two are enough for a JVM whose own allocations go to its heap. (musl, the official image's libc, has none.)
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# A root directory kept from an earlier start would bring back that start's domain.xml.
rm -rf "$root" && mkdir -p "$root"

aot=
if [ -n "${AOT_CACHE:-}" ]; then
    if [ -f "$AOT_CACHE" ]; then
        aot="-XX:AOTCache=$AOT_CACHE"
    else
        mkdir -p "$(dirname "$AOT_CACHE")"
        aot="-XX:AOTCacheOutput=$AOT_CACHE"
    fi
    aot="$aot -Xlog:aot*=off -Xlog:cds*=off"
fi

# The shared pre-boot commands, the listener's address when one is asked for, and Hazelcast turned on again for a
# data grid (the shared commands turn it off, and run before the command line's options).
preboot=$config/pre-boot-commands.asadmin
cluster=
if [ -n "${PAYARA_CLUSTER_MODE:-}" ]; then
    # Graceful: a member that stops hands its partitions (and their backups) to the others first, so that a replica
    # that goes loses no entry; within 20 s, inside a pod's 30 s grace period. --nohostaware: each member its own
    # backup group, also where two share a host.
    cluster="--clustermode $PAYARA_CLUSTER_MODE --nohostaware"
    JVM_ARGS="${JVM_ARGS:-} -Dhazelcast.shutdownhook.policy=GRACEFUL -Dhazelcast.graceful.shutdown.max.wait=20"
    JVM_ARGS="$JVM_ARGS -Dhazelcast.phone.home.enabled=false"
fi
if [ -n "${PAYARA_HTTP_ADDRESS:-}" ] || [ -n "$cluster" ]; then
    preboot=$base/pre-boot-commands.asadmin
    { cat "$config/pre-boot-commands.asadmin"
      if [ -n "${PAYARA_HTTP_ADDRESS:-}" ]; then
          echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$PAYARA_HTTP_ADDRESS"
      fi
      if [ -n "$cluster" ]; then
          echo "set configs.config.server-config.hazelcast-config-specific-configuration.enabled=true"
      fi
    } >"$preboot"
fi

# shellcheck disable=SC2086 # the option lists split on purpose
exec "$java" $heap @"$config/jvm.options" $aot ${JVM_ARGS:-} -jar "$jar" \
    --rootdir "$root" --disablephonehome \
    --prebootcommandfile "$preboot" \
    --logproperties "$config/logging.properties" \
    $cluster "$@"
