using Ballast.Syntax;

namespace Ballast.Model;

/// <summary>One build stage: its base, its instructions, and the settings in effect at its
/// end (SHELL, USER, WORKDIR, ENV).</summary>
public sealed class Stage
{
    internal Stage(int index, InstructionSyntax from, char escape)
    {
        Index = index;
        From = from;
        Escape = escape;
    }

    /// <summary>The 0-based position of the stage in the file.</summary>
    public int Index { get; }

    /// <summary>The FROM instruction.</summary>
    public InstructionSyntax From { get; }

    /// <summary>The file's escape character.</summary>
    public char Escape { get; }

    /// <summary>The stage name after <c>AS</c>, in lower case, or null.</summary>
    public string? Name { get; internal set; }

    /// <summary>The base as written, such as <c>$MIRROR_HOST:5443/base:1</c>.</summary>
    public string BaseText { get; internal set; } = "";

    /// <summary>The base after expanding the global ARGs.</summary>
    public string BaseName { get; internal set; } = "";

    /// <summary>The base image, or null when the base is another stage or unparsable.</summary>
    public ImageReference? BaseImage { get; internal set; }

    /// <summary>The earlier stage this one builds on, or null.</summary>
    public Stage? ParentStage { get; internal set; }

    /// <summary>The <c>--platform</c> value after expansion, or null.</summary>
    public string? Platform { get; internal set; }

    /// <summary>The instructions after FROM, in order.</summary>
    public IReadOnlyList<Instruction> Instructions { get; internal set; } = [];

    /// <summary>The SHELL in effect at the end of the stage.</summary>
    public IReadOnlyList<string> Shell { get; internal set; } = ["/bin/sh", "-c"];

    /// <summary>The USER in effect at the end of the stage, or null for the base's.</summary>
    public string? User { get; internal set; }

    /// <summary>The WORKDIR in effect at the end of the stage, or null for the base's.</summary>
    public string? Workdir { get; internal set; }

    /// <summary>The environment at the end of the stage.</summary>
    public BuildEnvironment Environment { get; internal set; } = BuildEnvironment.Empty;

    /// <summary>The stages this stage reads from: its parent, COPY --from and RUN
    /// --mount from= stages.</summary>
    public IReadOnlyList<Stage> Dependencies { get; internal set; } = [];

    /// <summary>A name to show users: the stage name, or its index.</summary>
    public string DisplayName =>
        Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instructions of type <typeparamref name="T"/>.</summary>
    public IEnumerable<T> OfType<T>() where T : Instruction => Instructions.OfType<T>();
}
