# Stand-in for payara/micro:6.2025.10-jdk17, with its layout and conventions.
FROM stand-in/debian:bookworm
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless >/dev/null \
    && rm -rf /var/lib/apt/lists/* /usr/share/doc /usr/share/man
ENV HOME_DIR=/opt/payara PAYARA_DIR=/opt/payara SCRIPT_DIR=/opt/payara DEPLOY_DIR=/opt/payara/deployments \
    JVM_ARGS="" MEM_MAX_RAM_PERCENTAGE="70.0" MEM_XSS="512k"
RUN groupadd --gid 1000 payara \
    && useradd --system --uid 1000 --gid payara --no-create-home --home-dir /opt/payara --shell /bin/bash payara \
    && mkdir -p /opt/payara/deployments && chown -R payara:payara /opt/payara
COPY --chown=payara:payara payara-micro.jar payara-entrypoint.sh /opt/payara/
RUN mv /opt/payara/payara-entrypoint.sh /opt/payara/entrypoint.sh
USER payara
WORKDIR /opt/payara
EXPOSE 6900 8080
ENTRYPOINT ["/bin/sh", "entrypoint.sh"]
CMD ["--deploymentDir", "/opt/payara/deployments"]
