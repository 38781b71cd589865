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
        new ApkCacheRule(),
        new RpmCacheRule(),
        new ZypperCacheRule(),
        new NodeCacheRule(),
        new GemCacheRule(),
        new ComposerCacheRule(),
        new GoCacheRule(),
        new RemovedInLaterLayerRule(),
        new ChangedAfterCopyRule(),
        new CurlAndWgetRule(),
        new ContextCopiedBeforeDependenciesRule(),
        new CopyFromVariableRule(),
        new DuplicateStageNameRule(),
        new ReservedStageNameRule(),
        new RelativeWorkdirRule(),
        new RepeatedInstructionRule(),
        new UndefinedArgInFromRule(),
        new RedundantTargetPlatformRule(),
        new ConstantPlatformRule(),
        new SecretInArgOrEnvRule(),
        new InvalidDefaultArgInFromRule(),
        new ExposeFormatRule(),
        new InstructionCasingRule(),
        new StageNameCasingRule(),
        new FromAsCasingRule(),
        new EmptyContinuationRule(),
        new MaintainerDeprecatedRule(),
        new LegacyKeyValueRule(),
        new JsonArgumentsRule(),
        new ExposeProtocolCasingRule(),
        new WholeStageCopyRule(),
        new CopiedArchiveUnpackedRule(),
        new UseraddLastlogRule(),
        new MissingDockerignoreRule(),
        new AddLocalFileRule(),
        new RemoteAddRule(),
        new RootFinalUserRule(),
        new SecretValueRule(),
        new SecretFileCopyRule(),
        new UntrustedRegistryRule(),
        new BaseDigestRequiredRule(),
        new UntaggedBaseImageRule(),
        new LatestBaseImageRule(),
        new UnknownCopySourceStageRule(),
        new CopyFromOwnStageRule(),
        new ExposedPortRangeRule(),
        new MultipleSourcesDestinationRule(),
        new InvalidOnbuildTriggerRule(),
        new RelativeCopyWithoutWorkdirRule(),
        new AptFrontendRule(),
        new InteractiveToolRule(),
        new RelinkedShellRule(),
        new LabelKeyRule(),
        new PipeToShellRule(),
        new SudoRule(),
        new UpgradeAllRule(),
        new AssumeYesRule(),
        new PipefailRule(),
        new UnpinnedLanguagePackagesRule(),
        new UnpinnedSystemPackagesRule(),
        new CdInsteadOfWorkdirRule(),
        new UndefinedVariableRule(),
        new CopyIgnoredFileRule(),
    }.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static Rule? Find(string id) =>
        All.FirstOrDefault(
            rule => rule.Descriptor.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
}
