using System.Text;

namespace Ballast.Bench.Syntax;

/// <summary>Builds a large Dockerfile-shaped text from realistic instruction fragments:
/// continuations, heredocs, JSON forms, flags, comments and long package lists.</summary>
public static class DockerfileCorpus
{
    private static readonly string[] Stages =
    [
        "FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS build{0}\n"
        + "ARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
        + "RUN --mount=type=cache,target=/go/pkg/mod,sharing=locked \\\n"
        + "    --mount=type=cache,target=/root/.cache/go-build \\\n"
        + "    go mod download\nCOPY --link . .\n"
        + "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app\n",
        "FROM debian:bookworm-slim AS runtime{0}\n# install the runtime packages\n"
        + "RUN set -eux; \\\n    apt-get update; \\\n"
        + "    apt-get install -y --no-install-recommends ca-certificates curl tzdata \\\n"
        + "        libssl3 libstdc++6 zlib1g; \\\n    rm -rf /var/lib/apt/lists/*\n"
        + "ENV APP_HOME=/srv/app \\\n    PATH=\"/srv/app/bin:${PATH}\" LANG=C.UTF-8\n"
        + "LABEL org.opencontainers.image.title=\"app {0}\" maintainer=\"team@example.com\"\n"
        + "COPY --from=build{0} --chown=app:app --chmod=0755 /out/app /srv/app/bin/app\n"
        + "HEALTHCHECK --interval=30s --timeout=3s --retries=3 "
        + "CMD [\"/srv/app/bin/app\", \"ping\"]\n"
        + "USER app\nEXPOSE 8080/tcp\nENTRYPOINT [\"/srv/app/bin/app\"]\nCMD [\"serve\"]\n",
        "FROM python:3.12-slim AS py{0}\nRUN <<EOF\nset -e\npip install --no-cache-dir -r /r.txt\n"
        + "python -m compileall /app\nEOF\nCOPY <<-'CONF' /etc/app.conf\n\tkey=value\n\tCONF\n"
        + "ONBUILD COPY . /app\nSTOPSIGNAL SIGTERM\nVOLUME [\"/data\"]\n",
    ];

    /// <summary>About <paramref name="bytes"/> characters of Dockerfile text.</summary>
    public static string Generate(int bytes)
    {
        var builder = new StringBuilder(bytes + 2048);
        builder.Append("# syntax=docker/dockerfile:1\nARG BASE=debian\n");
        for (var i = 0; builder.Length < bytes; i++)
        {
            // Replace rather than format: the fragments hold ${...} braces of their own.
            builder.Append(Stages[i % Stages.Length].Replace("{0}",
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal));
            builder.Append('\n');
        }

        return builder.ToString();
    }
}
