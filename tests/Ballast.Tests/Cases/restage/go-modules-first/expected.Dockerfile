# Builder: the Go toolchain and the module cache stay in this stage.
FROM golang:1.22-bookworm AS builder

WORKDIR /src

# Module files first: a source change keeps the downloaded modules cached.
COPY go.mod go.sum ./
RUN go mod download

COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM gcr.io/distroless/static-debian12:nonroot

WORKDIR /src

COPY --from=builder /usr/local/bin/api /usr/local/bin/api

USER 65532:65532
ENTRYPOINT ["/usr/local/bin/api"]
