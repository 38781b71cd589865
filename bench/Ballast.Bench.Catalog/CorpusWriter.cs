namespace Ballast.Bench.Catalog;

/// <summary>Writes a corpus of Dockerfiles built from a fixed seed: varied bases, package
/// installs, copies, users and multi-stage builds, so every rule has work to do.</summary>
internal static class CorpusWriter
{
    private static readonly string[] Bases =
        ["debian:12", "ubuntu", "python:3.12", "node:latest", "alpine:3.20", "golang:1.23",
         "quay.io/org/app:1", "python:3.12-slim"];

    private static readonly string[] Steps =
        ["RUN apt-get update && apt-get install -y curl git build-essential",
         "RUN apk add --no-cache ca-certificates",
         "RUN pip install -r requirements.txt",
         "COPY . .",
         "ADD app.py /srv/",
         "ADD https://example.com/tool.tgz /opt/",
         "ENV DB_PASSWORD=secret PORT=8080",
         "ARG NPM_TOKEN",
         "COPY package.json package-lock.json /app",
         "RUN useradd -u 123456789 app",
         "WORKDIR app",
         "EXPOSE 8080 70000",
         "LABEL Version=1",
         "RUN cd /src && make && make install",
         "USER root",
         "MAINTAINER someone@example.com",
         "RUN apt install -y vim"];

    public static IReadOnlyList<string> Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(20261203);
        var paths = new List<string>(count);
        for (var index = 0; index < count; index++)
        {
            var path = Path.Combine(folder, $"{index:D5}.Dockerfile");
            File.WriteAllText(path, Dockerfile(random));
            paths.Add(path);
        }

        return paths;
    }

    private static string Dockerfile(Random random)
    {
        var lines = new List<string>();
        var stages = random.Next(1, 3);
        for (var stage = 0; stage < stages; stage++)
        {
            lines.Add($"FROM {Bases[random.Next(Bases.Length)]} AS stage{stage}");
            var steps = random.Next(4, 12);
            for (var step = 0; step < steps; step++)
            {
                lines.Add(Steps[random.Next(Steps.Length)]);
            }
        }

        lines.Add(random.Next(2) == 0 ? "CMD node server.js" : "CMD [\"python\", \"app.py\"]");
        return string.Join('\n', lines) + "\n";
    }
}
