# Stand-in for maven:3.9-eclipse-temurin-JDK: Maven 3.9 and OpenJDK from Debian 13.
FROM stand-in/debian:trixie
ARG JDK_VERSION
COPY ca/ /usr/local/share/ca-certificates/
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
         openjdk-${JDK_VERSION}-jdk-headless maven ca-certificates ca-certificates-java >/dev/null \
    && update-ca-certificates >/dev/null \
    && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-${JDK_VERSION}-openjdk-amd64 MAVEN_HOME=/usr/share/maven
CMD ["mvn", "--version"]
