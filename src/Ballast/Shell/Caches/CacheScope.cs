namespace Ballast.Shell.Caches;

/// <summary>The settings plus the variables the script has exported so far.</summary>
internal sealed class CacheScope
{
    private readonly Dictionary<string, string> variables;

    public CacheScope(CacheAnalysisSettings settings, bool aptArchivesKept)
    {
        Settings = settings;
        AptArchivesKept = aptArchivesKept;
        variables = settings.Environment is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(settings.Environment, StringComparer.Ordinal);
    }

    public CacheAnalysisSettings Settings { get; }

    /// <summary>True when downloaded .deb files stay in the layer after an install.</summary>
    public bool AptArchivesKept { get; }

    public string Home => Settings.HomeDirectory.TrimEnd('/');

    public string? Variable(string name) => variables.GetValueOrDefault(name);

    /// <summary>The variable's value, or <paramref name="fallback"/> when it is unset.</summary>
    public string VariableOr(string name, string fallback) =>
        Variable(name) is { Length: > 0 } value ? value.TrimEnd('/') : fallback;

    /// <summary>Records <c>export NAME=value</c> so later commands see it.</summary>
    public void Observe(ShellCommand command)
    {
        if (command.ProgramName != "export" || command.InSubshell)
        {
            return;
        }

        foreach (ShellWord argument in command.Arguments)
        {
            if (ShellAssignments.TryRead(argument) is { Value.Value: { } value } assignment)
            {
                variables[assignment.Name] = value;
            }
        }
    }
}
