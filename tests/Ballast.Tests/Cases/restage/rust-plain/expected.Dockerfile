# Builder: the Rust toolchain, the registry and the target folder stay in this stage.
FROM rust:1.78-bookworm AS builder

WORKDIR /usr/src/shortlink
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM gcr.io/distroless/cc-debian12:latest

WORKDIR /usr/src/shortlink

COPY --from=builder /usr/src/shortlink/target/release/shortlink /usr/src/shortlink/target/release/shortlink

EXPOSE 8000
CMD ["./target/release/shortlink"]
