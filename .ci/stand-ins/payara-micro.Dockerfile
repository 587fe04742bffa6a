# Stand-in for payara/micro:VERSION-jdkJDK, with its layout and conventions (see build.sh).
FROM stand-in/debian:trixie
ARG JDK_VERSION
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
         openjdk-${JDK_VERSION}-jre-headless tini wget >/dev/null \
    && rm -rf /var/lib/apt/lists/* /usr/share/doc /usr/share/man \
    && rm -f /bin/bash /usr/bin/bash
# The JDK's own class-data archive, which an application's archive extends, as the official image's JDK ships it.
RUN java -Xshare:dump >/dev/null 2>&1 || true
ENV HOME_DIR=/opt/payara PAYARA_DIR=/opt/payara PAYARA_HOME=/opt/payara SCRIPT_DIR=/opt/payara \
    DEPLOY_DIR=/opt/payara/deployments \
    JVM_ARGS="-Djdk.util.zip.disableZip64ExtraFieldValidation=true" MEM_MAX_RAM_PERCENTAGE="70.0" MEM_XSS="512k"
RUN groupadd --gid 1000 payara \
    && useradd --system --uid 1000 --gid payara --no-create-home --home-dir /opt/payara --shell /bin/sh payara \
    && mkdir -p /opt/payara/deployments && chown -R payara:payara /opt/payara
COPY --chown=payara:payara payara-micro.jar payara-entrypoint.sh /opt/payara/
RUN mv /opt/payara/payara-entrypoint.sh /opt/payara/entrypoint.sh && chmod +x /opt/payara/entrypoint.sh
USER payara
WORKDIR /opt/payara
EXPOSE 6900 8080
ENTRYPOINT ["tini", "--", "/opt/payara/entrypoint.sh"]
CMD ["--deploymentDir", "/opt/payara/deployments"]
