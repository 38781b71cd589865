namespace Ballast.Rules;

/// <summary>What a rule protects. The hundreds digit of a rule id says the same thing:
/// BL1xx size, BL2xx cache, BL3xx security, BL4xx correctness, BL5xx style.</summary>
public enum Category
{
    /// <summary>Bytes in the final image.</summary>
    Size,

    /// <summary>Layer cache reuse, and so rebuild time.</summary>
    Cache,

    /// <summary>Attack surface, secrets, privileges.</summary>
    Security,

    /// <summary>Builds that fail or images that do not behave as written.</summary>
    Correctness,

    /// <summary>Readability and consistency.</summary>
    Style,
}
