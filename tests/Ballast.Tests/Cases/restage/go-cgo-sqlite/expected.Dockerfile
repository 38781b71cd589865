# Builder: the Go toolchain and the module cache stay in this stage.
FROM golang:1.21 AS builder

ENV NOTES_HOME=/srv/notes
RUN apt-get update && apt-get install -y libsqlite3-dev && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /srv/notes notes

WORKDIR /srv/notes
COPY go.mod go.sum ./
RUN go mod download
COPY *.go ./

# The sqlite driver is a cgo package
RUN go build -o notes-server .

# Page templates are read at run time
COPY templates/ ./templates/

# Runtime: the same release without the toolchain; only the binary and its settings.
FROM debian:bookworm-slim

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libsqlite3-0 curl \
    && rm -rf /var/lib/apt/lists/*

ENV NOTES_HOME=/srv/notes

WORKDIR /srv/notes

COPY --from=builder /srv/notes/notes-server /srv/notes/notes-server

# Page templates are read at run time
COPY --from=builder /srv/notes/templates /srv/notes/templates

COPY --from=builder /etc/passwd /etc/passwd
COPY --from=builder /etc/group /etc/group

USER notes
EXPOSE 3000
HEALTHCHECK --interval=30s CMD curl -f http://localhost:3000/health || exit 1
CMD ./notes-server --listen :3000
