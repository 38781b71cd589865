using System.Text;

namespace Ballast.Rewrite.Restage;

/// <summary>Writes Dockerfile text with the original file's line ending and escape
/// character, in the layout people write by hand: one package per line in long installs,
/// continuation lines indented by four spaces.</summary>
public sealed class DockerfileWriter(string lineEnding, char escape)
{
    private readonly StringBuilder builder = new();

    /// <summary>Appends one line (or a block of lines already written).</summary>
    public DockerfileWriter Line(string text = "")
    {
        builder.Append(text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\n", lineEnding, StringComparison.Ordinal)).Append(lineEnding);
        return this;
    }

    /// <summary>Appends text as it is, with no line break (a byte order mark).</summary>
    public DockerfileWriter Raw(string text)
    {
        builder.Append(text);
        return this;
    }

    /// <summary>Appends comment lines as they were written.</summary>
    public DockerfileWriter Comments(IEnumerable<string> comments)
    {
        foreach (var comment in comments)
        {
            Line(comment);
        }

        return this;
    }

    /// <summary>Appends a RUN whose commands are joined with <c>&amp;&amp;</c>, one command per
    /// line; a command with more than three items puts each item on a line of its own.
    /// </summary>
    public DockerfileWriter Run(IReadOnlyList<ScriptLine> commands, string flags = "")
    {
        var lines = new List<string>();
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var prefix = i == 0 ? (flags.Length > 0 ? $"RUN {flags} " : "RUN ") : "    && ";
            if (command.Items.Count <= 3)
            {
                lines.Add(prefix + string.Join(' ', command.Items.Prepend(command.Head)));
                continue;
            }

            lines.Add(prefix + command.Head);
            lines.AddRange(command.Items.Select(item => "        " + item));
        }

        var continuation = " " + escape;
        for (var i = 0; i < lines.Count; i++)
        {
            Line(i < lines.Count - 1 ? lines[i] + continuation : lines[i]);
        }

        return this;
    }

    /// <inheritdoc />
    public override string ToString() => builder.ToString();
}
