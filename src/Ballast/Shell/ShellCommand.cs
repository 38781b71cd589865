using Ballast.Text;

namespace Ballast.Shell;

/// <summary>
/// One simple command of a script (a name, its arguments, prefix assignments and
/// redirections) with the context it runs in.
/// </summary>
public sealed class ShellCommand
{
    /// <summary>The command word; null for a line of assignments or redirections only.</summary>
    public ShellWord? Name { get; init; }

    /// <summary>The words after the name.</summary>
    public IReadOnlyList<ShellWord> Arguments { get; init; } = [];

    /// <summary>The <c>NAME=value</c> words in front of the name.</summary>
    public IReadOnlyList<ShellAssignment> Assignments { get; init; } = [];

    /// <summary>The redirections, in the order written.</summary>
    public IReadOnlyList<ShellRedirection> Redirections { get; init; } = [];

    /// <summary>From the first to the last word, assignment or redirection.</summary>
    public TextSpan Span { get; init; }

    /// <summary>
    /// True inside <c>( )</c>, <c>$( )</c>, backticks or a script run by <c>sh -c</c>: a
    /// <c>cd</c> or variable set here does not reach later commands.
    /// </summary>
    public bool InSubshell { get; init; }

    /// <summary>
    /// True when the command runs only sometimes: right of <c>||</c>, in an
    /// <c>if</c> branch, a loop body, a <c>case</c> arm or a function body.
    /// </summary>
    public bool IsConditional { get; init; }

    /// <summary>The place in a pipeline of two or more commands; null when not piped.</summary>
    public PipelinePosition? Pipeline { get; internal set; }

    /// <summary>True when the command is part of a pipeline of two or more commands.</summary>
    public bool InPipeline => Pipeline is not null;

    /// <summary>True when the command was started in the background with <c>&amp;</c>.</summary>
    public bool IsBackground { get; internal set; }

    /// <summary>
    /// The command this one was run through (<c>sudo</c>, <c>env</c>, <c>xargs</c>,
    /// <c>sh -c</c> and the like); null when written directly.
    /// </summary>
    public ShellCommand? Wrapper { get; init; }

    /// <summary>True when the command was run through another command.</summary>
    public bool IsWrapped => Wrapper is not null;

    /// <summary>The shell options in effect when the command runs.</summary>
    public ShellOptions Options { get; init; }

    /// <summary>
    /// The command name without its directory (<c>/usr/bin/apt-get</c> gives
    /// <c>apt-get</c>); null when the name is missing or not known without running.
    /// </summary>
    public string? ProgramName => Name?.Value is { } value ? BaseName(value) : null;

    /// <summary>The name followed by the arguments.</summary>
    public IEnumerable<ShellWord> Words =>
        Name is null ? Arguments : Arguments.Prepend(Name);

    /// <summary>The value of the first assignment named <paramref name="name"/>, if any.
    /// </summary>
    public ShellAssignment? FindAssignment(string name) =>
        Assignments.FirstOrDefault(assignment => assignment.Name == name);

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', Words.Select(word => word.Raw));

    private static string BaseName(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 || slash == path.Length - 1 ? path : path[(slash + 1)..];
    }
}
