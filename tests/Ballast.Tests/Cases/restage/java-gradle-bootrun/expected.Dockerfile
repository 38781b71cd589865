# Builder: the JDK, Gradle and its cache of downloaded dependencies stay in this stage.
FROM eclipse-temurin:21-jdk-jammy AS builder

WORKDIR /workspace

# Build files first: a source change keeps the downloaded dependencies cached.
COPY gradlew settings.gradle build.gradle ./
COPY gradle/ ./gradle/
RUN chmod +x gradlew && ./gradlew dependencies --no-daemon

COPY . .

# The wrapper loses its mode when the repository is checked out on Windows
RUN chmod +x gradlew && ./gradlew bootJar --no-daemon

ENV SPRING_PROFILES_ACTIVE=prod

# Runtime: the same release without the toolchain; only the jar and its settings.
FROM eclipse-temurin:21-jre-jammy

WORKDIR /workspace

COPY --from=builder /workspace/build/libs/catalog-0.3.0.jar /workspace/build/libs/catalog-0.3.0.jar

ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
USER 1000
CMD ["java", "-jar", "/workspace/build/libs/catalog-0.3.0.jar"]
