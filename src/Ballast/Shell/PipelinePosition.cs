namespace Ballast.Shell;

/// <summary>Where a command sits in a pipeline of two or more commands.</summary>
/// <param name="Pipeline">The pipeline's number in the script, counted from 0.</param>
/// <param name="Index">The command's place in the pipeline, counted from 0.</param>
/// <param name="Length">How many commands the pipeline joins.</param>
public readonly record struct PipelinePosition(int Pipeline, int Index, int Length)
{
    /// <summary>True for the last command, whose status is the pipeline's without
    /// <c>pipefail</c>.</summary>
    public bool IsLast => Index == Length - 1;
}
