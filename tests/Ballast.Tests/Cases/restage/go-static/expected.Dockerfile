# syntax=docker/dockerfile:1
# Inventory API
# Builder: the Go toolchain and the module cache stay in this stage.
FROM golang:1.22-bookworm AS builder

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

COPY . .

# Static binary: no C library needed at run time
RUN CGO_ENABLED=0 go build -trimpath -o /usr/local/bin/inventory ./cmd/inventory

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM gcr.io/distroless/static-debian12:nonroot

WORKDIR /src

COPY --from=builder /usr/local/bin/inventory /usr/local/bin/inventory

EXPOSE 8080
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/inventory"]
