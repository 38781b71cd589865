namespace Ballast.Rewrite.Restage;

/// <summary>How a Java build makes its jar.</summary>
public enum JavaBuildTool
{
    /// <summary>Maven, run as <c>mvn</c> or through the <c>mvnw</c> wrapper.</summary>
    Maven,

    /// <summary>Gradle, run as <c>gradle</c> or through the <c>gradlew</c> wrapper.</summary>
    Gradle,

    /// <summary>The JDK's <c>jar</c> command, after <c>javac</c>.</summary>
    Jar,
}
