# Builder: the JDK, Maven and its repository of downloaded dependencies stay in this stage.
FROM maven:3.9-eclipse-temurin-17 AS builder

# curl answers the health check
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Build files first: a source change keeps the downloaded dependencies cached.
COPY pom.xml ./
RUN mvn -B dependency:go-offline

COPY . .
RUN mvn -B package -DskipTests

# Runtime: the same release without the toolchain; only the jar and its settings.
FROM eclipse-temurin:17-jre

RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY --from=builder /app/target/orders-1.4.0.jar /app/target/orders-1.4.0.jar

EXPOSE 8080
HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "target/orders-1.4.0.jar"]
