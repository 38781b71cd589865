namespace Ballast.Syntax.Validation;

/// <summary>How BuildKit reads the value of one instruction flag.</summary>
internal enum FlagKind
{
    /// <summary>Needs <c>=</c>; any value, empty included.</summary>
    Text,

    /// <summary>Bare, or <c>=true</c> / <c>=false</c> in any case.</summary>
    Boolean,
}
