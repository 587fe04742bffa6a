# Stand-in for maven:3.9-eclipse-temurin-17: Maven and a JDK 17 from Debian.
FROM stand-in/debian:bookworm
COPY ca/ /usr/local/share/ca-certificates/
RUN apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
         openjdk-17-jdk-headless maven ca-certificates ca-certificates-java >/dev/null \
    && update-ca-certificates >/dev/null \
    && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 MAVEN_HOME=/usr/share/maven
CMD ["mvn", "--version"]
