ARG RUST_VERSION=1.78
ARG SUITE=bookworm
# Builder: the Rust toolchain, the registry and the target folder stay in this stage.
FROM rust:${RUST_VERSION}-${SUITE} AS builder

WORKDIR /usr/src/shortlink
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM debian:${SUITE}-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /usr/src/shortlink

COPY --from=builder /usr/src/shortlink/target/release/shortlink /usr/src/shortlink/target/release/shortlink

EXPOSE 8000
CMD ["./target/release/shortlink"]
