using Xunit;

namespace Ballast.EndToEnd;

/// <summary>Shares one setup, and so one build of each image, across every end-to-end test;
/// the tests of the collection run one after another, which suits a 2-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndSetup>
{
    public const string Name = "end-to-end";
}
