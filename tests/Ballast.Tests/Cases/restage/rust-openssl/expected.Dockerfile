# Builder: the Rust toolchain, the registry and the target folder stay in this stage.
FROM rust:1.77-bookworm AS builder

# TLS through the system OpenSSL
RUN apt-get update && apt-get install -y pkg-config libssl-dev

RUN useradd --system --no-create-home api
WORKDIR /build
COPY . .
RUN cargo build --release --bin api

# Settings the service reads at start
COPY config/ /etc/api/
ENV RUST_LOG=info

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM debian:bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build

COPY --from=builder /build/target/release/api /build/target/release/api

# Settings the service reads at start
COPY --from=builder /etc/api /etc/api

COPY --from=builder /etc/passwd /etc/passwd
COPY --from=builder /etc/group /etc/group

USER api
ENV RUST_LOG=info
CMD /build/target/release/api --config /etc/api/api.toml
