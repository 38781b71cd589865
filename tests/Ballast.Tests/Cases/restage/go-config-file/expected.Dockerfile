# Builder: the Go toolchain and the module cache stay in this stage.
FROM golang:1.22-bookworm AS builder

WORKDIR /app
COPY go.mod ./
RUN go mod download

COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api

ENV CONFIG=/app/config/app.yaml

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM gcr.io/distroless/static-debian12:nonroot

WORKDIR /app

COPY --from=builder /usr/local/bin/api /usr/local/bin/api
COPY --from=builder /app/config/app.yaml /app/config/app.yaml

ENV CONFIG=/app/config/app.yaml
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/api"]
