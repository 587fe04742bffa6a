# WireMock standalone on a JRE, serving the mappings mounted at /home/wiremock (the compose test's upstream).
FROM payara/micro:6.2025.10-jdk17
COPY --chown=payara:payara wiremock.jar /opt/wiremock/wiremock.jar
ENTRYPOINT ["java", "-Xmx128m", "-jar", "/opt/wiremock/wiremock.jar", "--port", "8080", "--root-dir", "/home/wiremock", "--disable-banner"]
