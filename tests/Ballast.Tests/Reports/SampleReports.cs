using Ballast.Reports;
using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Reports;

/// <summary>Check and fix results that exercise every format: several files, every severity,
/// a fixable finding, a parse diagnostic, a rule missing from the catalogue, a multi-line span,
/// CRLF line endings, and messages full of characters that formats must escape.</summary>
internal static class SampleReports
{
    public const string PythonDockerfile = """
        FROM python:3.12
        RUN apt-get update && apt-get install -y gcc libpq-dev
        COPY . /app
        RUN pip install -r /app/requirements.txt \
        	&& rm -rf /root/.cache
        CMD ["python", "/app/main.py"]

        """;

    public static readonly IReadOnlyList<RuleDescriptor> Rules =
    [
        new("BL103", "Build tool in the final image", Category.Size, Severity.Warning,
            "Compilers left in the runtime image add hundreds of megabytes and attack surface."),
        new("BL201", "Sources copied before dependencies", Category.Cache, Severity.Info,
            "Copying all sources first invalidates the dependency layer on every edit."),
        new("BL302", "Runs as root", Category.Security, Severity.Error,
            "Without a USER instruction the container runs as root."),
        new("BL501", "Long RUN without grouping", Category.Style, Severity.Style,
            "Readers follow one command per line more easily."),
    ];

    public static CheckReport Check()
    {
        var python = new SourceText(PythonDockerfile, "Dockerfile");
        var node = new SourceText(
            "FROM node:20\r\nRUN npm ci\r\nCMD [\"node\", \"server.js\"\r\n",
            "services/api/Dockerfile");
        var clean = new SourceText("FROM scratch\nCOPY app /app\n", "clean/Dockerfile");

        return new CheckReport(
            [
                new FileReport(python, PythonFindings(python), []),
                new FileReport(node, [NodeFinding(node)], [NodeDiagnostic(node)]),
                new FileReport(clean, [], []),
            ],
            Rules);
    }

    public static CheckReport Empty() =>
        new([new FileReport(new SourceText("FROM scratch\n"), [], [])], Rules);

    /// <summary>The location of the <paramref name="occurrence"/>-th (0-based) occurrence of
    /// <paramref name="text"/> in <paramref name="source"/>.</summary>
    public static Location Locate(SourceText source, string text, int occurrence = 0)
    {
        var start = -1;
        for (var index = 0; index <= occurrence; index++)
        {
            start = source.Text.IndexOf(text, start + 1, StringComparison.Ordinal);
        }

        return source.GetLocation(new TextSpan(start, text.Length));
    }

    private static List<Finding> PythonFindings(SourceText source)
    {
        var gcc = Locate(source, "gcc");
        var insertAfterDashY = new TextSpan(Locate(source, "-y").Span.End, 0);
        var fix = new Fix(
            "Add --no-install-recommends",
            [new Edit(insertAfterDashY, " --no-install-recommends")]);
        var copyStart = Locate(source, "COPY").Span.Start;
        var runSpan = TextSpan.FromBounds(
            Locate(source, "RUN pip").Span.Start, Locate(source, "/root/.cache").Span.End);

        return
        [
            new Finding("BL103", Severity.Warning, Category.Size,
                "gcc stays in the final image | use a builder stage & keep <runtime> libs: 100%",
                gcc, fix),
            new Finding("BL201", Severity.Info, Category.Cache,
                "COPY . invalidates the pip layer, \"requirements.txt\" first: a, b",
                source.GetLocation(new TextSpan(copyStart, "COPY . /app".Length))),
            new Finding("BL501", Severity.Style, Category.Style,
                "Line one of the message\nline two of the message",
                source.GetLocation(runSpan)),
            new Finding("BL302", Severity.Error, Category.Security,
                "The final stage runs as root", Locate(source, "FROM python:3.12")),
        ];
    }

    private static Finding NodeFinding(SourceText source) =>
        new("BL302", Severity.Error, Category.Security, "The final stage runs as root",
            Locate(source, "FROM node:20"));

    private static Finding NodeDiagnostic(SourceText source) =>
        new("BL000", Severity.Error, Category.Correctness,
            "Unterminated JSON array: expected ']' before the end of the line",
            source.GetLocation(new TextSpan(Locate(source, "\r\n", 2).Span.Start, 0)));

    public static FixReport Fix()
    {
        var original = PythonDockerfile;
        var updated = original
            .Replace("install -y gcc", "install -y --no-install-recommends gcc")
            .Replace("CMD [", "USER 10001\nCMD [");
        return new FixReport(
            "Dockerfile",
            original,
            updated,
            [
                new ChangeExplanation(
                    "Added --no-install-recommends to apt-get install.",
                    "Recommended packages are rarely needed at run time."),
                new ChangeExplanation(
                    "Added USER 10001 before CMD.",
                    "The container no longer runs as root."),
            ],
            ["Final image about 40 MB smaller.", "No change to rebuild time."]);
    }
}
