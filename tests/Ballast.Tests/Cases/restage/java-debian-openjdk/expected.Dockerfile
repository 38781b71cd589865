# Builder: the JDK and the compiled classes stay in this stage.
FROM debian:bookworm AS builder

# Debian's own JDK: no registry beyond the distribution's mirror is needed
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
COPY Hello.java .
RUN javac Hello.java && jar cfe hello.jar Hello Hello.class

# Runtime: the same release without the toolchain; only the jar and its settings.
FROM debian:bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src

COPY --from=builder /src/hello.jar /src/hello.jar

USER nobody
CMD ["java", "-jar", "/src/hello.jar"]
