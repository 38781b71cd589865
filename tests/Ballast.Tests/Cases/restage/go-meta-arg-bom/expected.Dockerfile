# syntax=docker/dockerfile:1
ARG GO_VERSION=1.22
# build it
# Builder: the Go toolchain and the module cache stay in this stage.
FROM golang:${GO_VERSION}-bookworm AS builder
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /src

COPY --from=builder /out/app /out/app
CMD ["/out/app"]
