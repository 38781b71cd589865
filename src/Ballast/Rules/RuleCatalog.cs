using Ballast.Rules.Catalog;

namespace Ballast.Rules;

/// <summary>Every rule Ballast has, listed by hand so that adding one is a visible change.
/// </summary>
public static class RuleCatalog
{
    /// <summary>All rules, ordered by id.</summary>
    public static IReadOnlyList<Rule> All { get; } = new Rule[]
    {
        new FullBaseImageRule(),
        new BuildToolsInFinalImageRule(),
        new DevelopmentPackageRule(),
        new SplitPackageInstallsRule(),
        new AptListsLeftRule(),
        new AptRecommendsRule(),
        new PipCacheRule(),
        new ContextCopiedBeforeDependenciesRule(),
        new WholeStageCopyRule(),
        new CopiedArchiveUnpackedRule(),
        new UseraddLastlogRule(),
        new MissingDockerignoreRule(),
        new AddLocalFileRule(),
        new RemoteAddRule(),
        new RootFinalUserRule(),
        new SecretNameRule(),
        new SecretValueRule(),
        new SecretFileCopyRule(),
        new UntrustedRegistryRule(),
        new BaseDigestRequiredRule(),
        new UntaggedBaseImageRule(),
        new LatestBaseImageRule(),
        new UnknownCopySourceStageRule(),
        new CopyFromOwnStageRule(),
        new DuplicateStageNameRule(),
        new ExposedPortRangeRule(),
        new RepeatedHealthcheckRule(),
        new RepeatedCmdRule(),
        new RepeatedEntrypointRule(),
        new MultipleSourcesDestinationRule(),
        new RelativeWorkdirRule(),
        new ShellFormCommandRule(),
        new FixedPlatformRule(),
        new InvalidOnbuildTriggerRule(),
        new RelativeCopyWithoutWorkdirRule(),
        new ReservedStageNameRule(),
        new AptFrontendRule(),
        new InteractiveToolRule(),
        new RelinkedShellRule(),
        new MaintainerRule(),
        new RedundantTargetPlatformRule(),
        new LabelKeyRule(),
    }.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static Rule? Find(string id) =>
        All.FirstOrDefault(rule => rule.Descriptor.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
