using System.Text;

namespace Ballast.Bench.Shell;

/// <summary>
/// A deterministic corpus of RUN scripts shaped like the ones found in public Dockerfiles:
/// package installs with cleanup, downloads piped to tar or sh, build steps, conditionals
/// and sh -c wrappers, joined with && as continuations are.
/// </summary>
public static class ScriptCorpus
{
    private static readonly string[] Steps =
    [
        "apt-get update",
        "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "
            + "ca-certificates curl=8.5.0-2 git gnupg",
        "rm -rf /var/lib/apt/lists/*",
        "apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev",
        "apk del .build-deps",
        "pip install --no-cache-dir --index-url https://pypi.example/simple -r requirements.txt",
        "python3 -m pip install 'uvicorn[standard]==0.30.1' 'fastapi>=0.110'",
        "npm ci --omit=dev && npm cache clean --force",
        "curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin",
        "wget -qO- https://example.com/install.sh | sh -s -- -y",
        "( cd /src && ./configure --prefix=/usr && make -j\"$(nproc)\" && make install )",
        "if [ \"$TARGETARCH\" = arm64 ]; then ARCH=aarch64; else ARCH=x86_64; fi",
        "for f in /etc/ssl/*.pem; do echo \"$f\" >> /tmp/list; done",
        "sh -c 'useradd -r -u 10001 app && chown -R app:app /srv'",
        "go build -trimpath -ldflags='-s -w' -o /out/app ./cmd/app",
        "sudo -E env PATH=$PATH dnf install -y --setopt=install_weak_deps=False git",
        "dnf clean all",
        "case \"$(uname -m)\" in x86_64) A=amd64;; aarch64) A=arm64;; esac",
        "echo \"deb http://deb.example bookworm main\" > /etc/apt/sources.list.d/x.list",
        "set -eux",
    ];

    /// <summary>Builds <paramref name="count"/> scripts from a fixed seed.</summary>
    public static string[] Generate(int count, int seed = 20261203)
    {
        var random = new Random(seed);
        var scripts = new string[count];
        var text = new StringBuilder();
        for (int index = 0; index < count; index++)
        {
            text.Clear();
            int steps = random.Next(1, 9);
            for (int step = 0; step < steps; step++)
            {
                text.Append(step == 0 ? string.Empty : " && ");
                text.Append(Steps[random.Next(Steps.Length)]);
            }

            scripts[index] = text.ToString();
        }

        return scripts;
    }
}
