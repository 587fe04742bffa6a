# WireMock standalone on the Payara Micro base's JRE, serving the mappings mounted at /home/wiremock (the compose
# test's upstream).
ARG BASE
FROM ${BASE}
COPY --chown=payara:payara wiremock.jar /opt/wiremock/wiremock.jar
ENTRYPOINT ["java", "-Xmx128m", "-jar", "/opt/wiremock/wiremock.jar", "--port", "8080", "--root-dir", "/home/wiremock", "--disable-banner"]
