using System.Collections.Frozen;
using static Ballast.Shell.Commands.PackageAction;

namespace Ballast.Shell.Commands;

/// <summary>
/// The grammar of every package manager Ballast reads, keyed by program name. Option lists
/// follow each tool's manual; only options that take a value need to be listed for
/// packages to be told apart from option values.
/// </summary>
internal static class ManagerGrammars
{
    private static readonly ManagerGrammar Apt = ManagerGrammar.Create(
        PackageManager.Apt,
        PackageSyntax.Debian,
        "-o --option -c --config-file -t --target-release --default-release "
        + "-a --host-architecture -P --build-profiles",
        $"update={Update},install={Install},reinstall={Reinstall},remove={Remove},"
        + $"purge={Purge},autoremove={AutoRemove},autopurge={AutoRemove},"
        + $"upgrade={Upgrade},full-upgrade={DistUpgrade},dist-upgrade={DistUpgrade},"
        + $"clean={Clean},autoclean={AutoClean},auto-clean={AutoClean},"
        + $"dist-clean={DistClean},distclean={DistClean},download={Download},"
        + $"source={Download},build-dep={Install},satisfy={Install}",
        "-y=AssumeYes,--yes=AssumeYes,--assume-yes=AssumeYes,"
        + "--no-install-recommends=NoInstallRecommends");

    private static readonly ManagerGrammar Aptitude = ManagerGrammar.Create(
        PackageManager.Aptitude,
        PackageSyntax.Debian,
        "-o -t --target-release -F --display-format -w --width",
        $"update={Update},install={Install},reinstall={Reinstall},remove={Remove},"
        + $"purge={Purge},safe-upgrade={Upgrade},upgrade={Upgrade},"
        + $"full-upgrade={DistUpgrade},dist-upgrade={DistUpgrade},clean={Clean},"
        + $"autoclean={AutoClean},download={Download},build-dep={Install}",
        "-y=AssumeYes,--assume-yes=AssumeYes,-R=NoInstallRecommends,"
        + "--without-recommends=NoInstallRecommends");

    private static readonly ManagerGrammar Apk = ManagerGrammar.Create(
        PackageManager.Apk,
        PackageSyntax.Apk,
        "-X --repository -t --virtual -p --root --arch --keys-dir --repositories-file "
        + "--cache-dir --cache-max-age --timeout",
        $"add={Install},del={Remove},update={Update},upgrade={Upgrade},fetch={Download},"
        + $"cache clean={Clean},cache purge={Clean},fix={Reinstall}",
        "--no-cache=NoCache");

    private static readonly string RpmValueOptions =
        "-c --config --installroot --releasever --setopt --enablerepo --disablerepo --repo "
        + "--repoid -x --exclude --forcearch -d --debuglevel -e --errorlevel --downloaddir "
        + "--destdir --rpmverbosity --color --comment --advisory --advisories --bz --cve";

    private static readonly string RpmSubcommands =
        $"install={Install},reinstall={Reinstall},localinstall={Install},remove={Remove},"
        + $"erase={Remove},update={Upgrade},upgrade={Upgrade},makecache={Update},"
        + $"clean={Clean},distro-sync={DistUpgrade},autoremove={AutoRemove},"
        + $"download={Download},groupinstall={Install},group install={Install},"
        + $"builddep={Install},module install={Install}";

    private static readonly string RpmFlags =
        "-y=AssumeYes,--assumeyes=AssumeYes,--nodocs=NoDocument";

    private static readonly ManagerGrammar Dnf = ManagerGrammar.Create(
        PackageManager.Dnf, PackageSyntax.Rpm, RpmValueOptions, RpmSubcommands, RpmFlags);

    private static readonly ManagerGrammar Yum = Dnf with { Manager = PackageManager.Yum };

    private static readonly ManagerGrammar Microdnf =
        Dnf with { Manager = PackageManager.Microdnf };

    private static readonly ManagerGrammar Zypper = ManagerGrammar.Create(
        PackageManager.Zypper,
        PackageSyntax.Zypper,
        "-R --root -c --config -r --repo --from -t --type -D --reposd-dir -C --cache-dir",
        $"install={Install},in={Install},remove={Remove},rm={Remove},refresh={Update},"
        + $"ref={Update},update={Upgrade},up={Upgrade},dist-upgrade={DistUpgrade},"
        + $"dup={DistUpgrade},clean={Clean},cc={Clean},download={Download}",
        "-n=AssumeYes,--non-interactive=AssumeYes,-y=AssumeYes,--no-confirm=AssumeYes,"
        + "--no-recommends=NoInstallRecommends");

    private static readonly ManagerGrammar Pip = ManagerGrammar.Create(
        PackageManager.Pip,
        PackageSyntax.Python,
        "-c --constraint -e --editable -i --index-url --extra-index-url -f --find-links "
        + "-t --target --prefix --root --src --platform --python-version --implementation "
        + "--abi --progress-bar --cache-dir --log --proxy --retries --timeout "
        + "--exists-action --trusted-host --cert --client-cert --upgrade-strategy "
        + "--only-binary --no-binary -C --config-settings --global-option "
        + "--install-option --report --python -d --dest -w --wheel-dir --keyring-provider",
        $"install={Install},uninstall={Remove},download={Download},wheel={Build},"
        + $"cache purge={Clean},cache remove={Clean}",
        "--no-cache-dir=NoCacheDir,-y=AssumeYes,--yes=AssumeYes",
        requirementOptions: "-r --requirement");

    private static readonly ManagerGrammar Poetry = ManagerGrammar.Create(
        PackageManager.Poetry,
        PackageSyntax.Poetry,
        "-C --directory -P --project --with --without --only -E --extras -G --group "
        + "--source",
        $"install={Install},add={Install},remove={Remove},update={Upgrade},"
        + $"cache clear={Clean},build={Build},sync={Install}",
        "--no-cache=NoCache,-n=AssumeYes,--no-interaction=AssumeYes,"
        + "--only-root=Production,--without-dev=Production");

    private static readonly ManagerGrammar Pipenv = ManagerGrammar.Create(
        PackageManager.Pipenv,
        PackageSyntax.Python,
        "--python --categories --extra-index-url -i --index --pypi-mirror",
        $"install={Install},sync={Install},uninstall={Remove},update={Upgrade},"
        + $"upgrade={Upgrade}",
        "--deploy=Production",
        requirementOptions: "-r --requirements");

    private static readonly ManagerGrammar Uv = ManagerGrammar.Create(
        PackageManager.Uv,
        PackageSyntax.Python,
        "-p --python -c --constraint --overrides -i --index-url --extra-index-url --index "
        + "--default-index -f --find-links -t --target --prefix --cache-dir --directory "
        + "--project --group --extra --only-group --no-group -e --editable --python-platform "
        + "--package --index-strategy --keyring-provider --resolution --prerelease",
        $"pip install={Install},pip uninstall={Remove},pip sync={Install},add={Install},"
        + $"remove={Remove},sync={Install},tool install={Install},cache clean={Clean},"
        + $"cache prune={Clean},venv={Other},lock={Other}",
        "-n=NoCache,--no-cache=NoCache,--no-dev=Production",
        requirementOptions: "-r --requirement --requirements");

    private static readonly ManagerGrammar Conda = ManagerGrammar.Create(
        PackageManager.Conda,
        PackageSyntax.Conda,
        "-n --name -p --prefix -c --channel --repodata-fn --solver",
        $"install={Install},create={Install},remove={Remove},uninstall={Remove},"
        + $"update={Upgrade},upgrade={Upgrade},clean={Clean},env create={Install},"
        + $"env update={Install}",
        "-y=AssumeYes,--yes=AssumeYes",
        requirementOptions: "--file -f");

    private static readonly ManagerGrammar Npm = ManagerGrammar.Create(
        PackageManager.Npm,
        PackageSyntax.Npm,
        "--registry --prefix --cache --userconfig --globalconfig --omit --include -w "
        + "--workspace --tag --loglevel --install-strategy --before --only",
        $"install={Install},i={Install},in={Install},add={Install},isntall={Install},"
        + $"ci={Install},clean-install={Install},install-clean={Install},ic={Install},"
        + $"uninstall={Remove},remove={Remove},rm={Remove},un={Remove},r={Remove},"
        + $"update={Upgrade},up={Upgrade},upgrade={Upgrade},cache clean={Clean},"
        + $"rebuild={Build},run build={Build},prune={Remove}",
        "-g=Global,--global=Global,--production=Production,-y=AssumeYes,--yes=AssumeYes");

    private static readonly ManagerGrammar Yarn = ManagerGrammar.Create(
        PackageManager.Yarn,
        PackageSyntax.Npm,
        "--cache-folder --modules-folder --registry --network-timeout --mutex --cwd "
        + "--global-folder --prefix",
        $"install={Install},add={Install},global add={Install},remove={Remove},"
        + $"upgrade={Upgrade},up={Upgrade},cache clean={Clean},build={Build},"
        + $"workspaces focus={Install}",
        "--production=Production",
        defaultAction: Install);

    private static readonly ManagerGrammar Pnpm = ManagerGrammar.Create(
        PackageManager.Pnpm,
        PackageSyntax.Npm,
        "-F --filter -C --dir --store-dir --registry --reporter --config.store-dir",
        $"install={Install},i={Install},add={Install},remove={Remove},rm={Remove},"
        + $"uninstall={Remove},update={Upgrade},up={Upgrade},store prune={Clean},"
        + $"fetch={Download},build={Build},run build={Build}",
        "-g=Global,--global=Global,-P=Production,--prod=Production");

    private static readonly ManagerGrammar Gem = ManagerGrammar.Create(
        PackageManager.Gem,
        PackageSyntax.Colon,
        "-i --install-dir -n --bindir -s --source --platform -P --trust-policy",
        $"install={Install},i={Install},uninstall={Remove},update={Upgrade},"
        + $"fetch={Download},build={Build}",
        "--no-document=NoDocument,-N=NoDocument,--no-ri=NoDocument,--no-rdoc=NoDocument",
        versionOptions: "-v --version");

    private static readonly ManagerGrammar Bundler = ManagerGrammar.Create(
        PackageManager.Bundler,
        PackageSyntax.Plain,
        "-j --jobs --path --without --with --gemfile --retry --binstubs --standalone",
        $"install={Install},update={Upgrade},add={Install},clean={Clean},"
        + $"package={Download},cache={Download}",
        "--deployment=Production",
        defaultAction: Install);

    private static readonly ManagerGrammar Go = ManagerGrammar.Create(
        PackageManager.Go,
        PackageSyntax.At,
        "-o -p -C -mod -modfile -tags -ldflags -gcflags -asmflags -buildmode -compiler "
        + "-gccgoflags -installsuffix -overlay -pgo -pkgdir -toolexec -exec -run "
        + "-timeout -count -coverprofile -bench",
        $"install={Install},get={Install},build={Build},mod download={Download},"
        + $"clean={Clean},test={Build},run={Build}",
        string.Empty,
        clustersShortOptions: false);

    private static readonly ManagerGrammar Cargo = ManagerGrammar.Create(
        PackageManager.Cargo,
        PackageSyntax.At,
        "--git --branch --tag --rev --path --root --target -F --features -j --jobs "
        + "--profile --bin --example -p --package --manifest-path --target-dir --registry "
        + "--index --color -Z --config",
        $"install={Install},build={Build},fetch={Download},uninstall={Remove},"
        + $"add={Install},remove={Remove},update={Upgrade}",
        string.Empty,
        versionOptions: "--version --vers");

    private static readonly ManagerGrammar Maven = ManagerGrammar.Create(
        PackageManager.Maven,
        PackageSyntax.Plain,
        "-f --file -s --settings -gs --global-settings -P --activate-profiles -pl "
        + "--projects -T --threads -rf --resume-from -l --log-file -D --define -t "
        + "--toolchains -b --builder",
        "dependency:go-offline=Download,dependency:resolve=Download,"
        + "dependency:resolve-plugins=Download,clean=Clean",
        string.Empty,
        clustersShortOptions: false,
        goalsAreOperands: true);

    private static readonly ManagerGrammar Gradle = ManagerGrammar.Create(
        PackageManager.Gradle,
        PackageSyntax.Plain,
        "-x --exclude-task -p --project-dir -b --build-file -c --settings-file -g "
        + "--gradle-user-home -I --init-script -D --system-prop -P --project-prop "
        + "--max-workers --console",
        "dependencies=Download,clean=Clean",
        string.Empty,
        clustersShortOptions: false,
        goalsAreOperands: true);

    private static readonly ManagerGrammar Dotnet = ManagerGrammar.Create(
        PackageManager.Dotnet,
        PackageSyntax.Plain,
        "-c --configuration -o --output -r --runtime -f --framework -s --source "
        + "--verbosity -a --arch --os --packages --configfile --tool-path -p --property "
        + "--ucr --self-contained",
        $"restore={Install},add package={Install},tool install={Install},"
        + $"publish={Build},build={Build},nuget locals={Clean},remove package={Remove}",
        "-g=Global,--global=Global",
        versionOptions: "--version -v",
        clustersShortOptions: false);

    private static readonly ManagerGrammar Composer = ManagerGrammar.Create(
        PackageManager.Composer,
        PackageSyntax.Colon,
        "-d --working-dir --apcu-autoloader-prefix",
        $"install={Install},i={Install},require={Install},r={Install},remove={Remove},"
        + $"rm={Remove},update={Upgrade},u={Upgrade},upgrade={Upgrade},"
        + $"clear-cache={Clean},clearcache={Clean},cc={Clean}",
        "--no-cache=NoCache,-n=AssumeYes,--no-interaction=AssumeYes,--no-dev=Production");

    private static readonly FrozenDictionary<string, ManagerGrammar> ByProgram =
        new Dictionary<string, ManagerGrammar>
        {
            ["apt-get"] = Apt,
            ["apt"] = Apt,
            ["aptitude"] = Aptitude,
            ["apk"] = Apk,
            ["dnf"] = Dnf,
            ["dnf5"] = Dnf,
            ["yum"] = Yum,
            ["microdnf"] = Microdnf,
            ["zypper"] = Zypper,
            ["pip"] = Pip,
            ["poetry"] = Poetry,
            ["pipenv"] = Pipenv,
            ["uv"] = Uv,
            ["conda"] = Conda,
            ["mamba"] = Conda,
            ["micromamba"] = Conda,
            ["npm"] = Npm,
            ["yarn"] = Yarn,
            ["pnpm"] = Pnpm,
            ["gem"] = Gem,
            ["bundle"] = Bundler,
            ["bundler"] = Bundler,
            ["go"] = Go,
            ["cargo"] = Cargo,
            ["mvn"] = Maven,
            ["mvnw"] = Maven,
            ["gradle"] = Gradle,
            ["gradlew"] = Gradle,
            ["dotnet"] = Dotnet,
            ["composer"] = Composer,
            ["composer.phar"] = Composer,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The grammar for <paramref name="program"/>, or null for other programs.
    /// </summary>
    public static ManagerGrammar? Find(string program) =>
        ByProgram.GetValueOrDefault(program);
}
