namespace Ballast.Rules;

/// <summary>
/// A rule that mirrors one of BuildKit's build checks (<c>docker build --check</c>). It
/// carries BuildKit's check name, so the <c># check=skip=...</c> directive can name it.
/// </summary>
public abstract class BuildCheckRule : Rule
{
    /// <summary>BuildKit's name for the check, such as <c>StageNameCasing</c>.</summary>
    public abstract string CheckName { get; }
}
