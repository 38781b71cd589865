# Builder: the JDK and the compiled classes stay in this stage.
FROM eclipse-temurin:17-jdk-jammy AS builder

WORKDIR /build
COPY src/ ./src/
RUN mkdir -p classes \
    && javac -d classes src/hello/Main.java \
    && jar cfe hello.jar hello.Main -C classes .

# Greetings the program prints, read at run time
COPY greetings.txt /etc/hello/greetings.txt

ENV HELLO_GREETINGS=/etc/hello/greetings.txt

# Runtime: the same release without the toolchain; only the jar and its settings.
FROM eclipse-temurin:17-jre-jammy

WORKDIR /build

COPY --from=builder /build/hello.jar /build/hello.jar

# Greetings the program prints, read at run time
COPY --from=builder /etc/hello/greetings.txt /etc/hello/greetings.txt

ENV HELLO_GREETINGS=/etc/hello/greetings.txt
CMD ["java", "-jar", "/build/hello.jar"]
