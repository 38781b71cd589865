namespace Ballast.Rewrite.Restage;

/// <summary>Where a command of the original RUNs goes in a two-stage build.</summary>
public enum StepKind
{
    /// <summary>Package index updates and cleanups: regenerated, so dropped.</summary>
    Dropped,

    /// <summary>System package installs: split into builder and runtime packages.</summary>
    SystemPackages,

    /// <summary>Installs of packaging tools (poetry) outside the environment that ships.</summary>
    Tool,

    /// <summary>Installs of the application's dependencies into the environment that ships.
    /// </summary>
    Dependencies,

    /// <summary>Build steps on the sources (conversions, mode changes, project installs).</summary>
    Source,

    /// <summary>Steps the running container needs (users, folders): they stay in the final
    /// stage.</summary>
    Runtime,

    /// <summary>Steps that make folders or set owners and modes inside the application's
    /// folders: they run in the builder where they were, and again in the final stage after
    /// the application is copied, because a copy from another stage gives root every file.
    /// </summary>
    Folders,
}
