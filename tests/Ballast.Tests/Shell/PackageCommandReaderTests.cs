using Ballast.Shell;
using Ballast.Shell.Commands;
using Xunit;

namespace Ballast.Tests.Shell;

public sealed class PackageCommandReaderTests
{
    [Fact]
    public void Npm_registry_value_is_not_a_package()
    {
        PackageCommand npm = Read(
            "npm install --registry https://npm.mirror.example.com left-pad@1.3.0");

        PackageArgument package = Assert.Single(npm.Packages);
        Assert.Equal(
            ("left-pad", "1.3.0", "@"),
            (package.Name, package.Version, package.VersionOperator));
        Assert.True(package.IsPinned);
        Assert.Equal(PackageAction.Install, npm.Action);
    }

    [Fact]
    public void Pip_index_url_value_is_not_a_package()
    {
        PackageCommand pip = Read(
            "pip install --no-cache-dir --index-url https://pypi.mirror.example/simple "
            + "requests==2.32.3");

        PackageArgument package = Assert.Single(pip.Packages);
        Assert.Equal(("requests", "2.32.3"), (package.Name, package.Version));
        Assert.True(package.IsPinned);
        Assert.True(pip.NoCacheDir);
    }

    [Fact]
    public void Apt_target_release_value_is_not_a_package()
    {
        PackageCommand apt = Read("apt-get install -t bookworm-backports foo");

        Assert.Equal(["foo"], apt.Packages.Select(package => package.Name));
        Assert.False(apt.AssumeYes);
    }

    [Fact]
    public void Apt_option_before_the_subcommand_is_skipped_with_its_value()
    {
        PackageCommand apt = Read("apt-get -o Dpkg::Options::=--force-confnew install x");

        Assert.Equal(PackageAction.Install, apt.Action);
        Assert.Equal(["x"], apt.Packages.Select(package => package.Name));
        Assert.Equal("Dpkg::Options::=--force-confnew", apt.Options.Single().Value?.Value);
    }

    [Fact]
    public void Apt_flags_in_a_cluster_and_pins_are_read()
    {
        PackageCommand apt = Read(
            "apt-get install -qy --no-install-recommends curl=8.5.0-2 ca-certificates");

        Assert.True(apt.AssumeYes);
        Assert.True(apt.NoInstallRecommends);
        Assert.True(apt.Packages[0].IsPinned);
        Assert.False(apt.Packages[1].IsPinned);
    }

    [Fact]
    public void Apt_option_settings_count_as_flags()
    {
        PackageCommand apt = Read(
            "apt-get -o APT::Install-Recommends=false -o APT::Get::Assume-Yes=true install x");

        Assert.True(apt.NoInstallRecommends);
        Assert.True(apt.AssumeYes);
    }

    [Fact]
    public void Insertion_point_is_right_after_the_subcommand()
    {
        const string text = "apt-get -q install curl";

        PackageCommand apt = Read(text);

        Assert.Equal(text.IndexOf(" curl", StringComparison.Ordinal), apt.InsertionPoint);
    }

    [Fact]
    public void Insertion_point_is_unknown_inside_a_reread_sh_c_string()
    {
        ShellScript script = ShellParser.Parse("sh -c \"apt-get install \\\"x\\\"\"");

        PackageCommand apt = PackageCommandReader.Read(script.Commands.Last())!;

        Assert.Null(apt.InsertionPoint);
        Assert.Equal("x", apt.Packages.Single().Name);
    }

    [Theory]
    [InlineData("apt-get update", PackageManager.Apt, PackageAction.Update)]
    [InlineData("apt dist-upgrade -y", PackageManager.Apt, PackageAction.DistUpgrade)]
    [InlineData("apt-get dist-clean", PackageManager.Apt, PackageAction.DistClean)]
    [InlineData("aptitude install -y x", PackageManager.Aptitude, PackageAction.Install)]
    [InlineData("apk del .build-deps", PackageManager.Apk, PackageAction.Remove)]
    [InlineData("dnf makecache", PackageManager.Dnf, PackageAction.Update)]
    [InlineData("yum clean all", PackageManager.Yum, PackageAction.Clean)]
    [InlineData("microdnf install -y x", PackageManager.Microdnf, PackageAction.Install)]
    [InlineData("zypper --non-interactive ref", PackageManager.Zypper, PackageAction.Update)]
    [InlineData("pip3.12 cache purge", PackageManager.Pip, PackageAction.Clean)]
    [InlineData("python3 -m pip install x", PackageManager.Pip, PackageAction.Install)]
    [InlineData("poetry install --no-root", PackageManager.Poetry, PackageAction.Install)]
    [InlineData("pipenv sync --system", PackageManager.Pipenv, PackageAction.Install)]
    [InlineData("uv pip install x", PackageManager.Uv, PackageAction.Install)]
    [InlineData("micromamba install -y -n base x", PackageManager.Conda, PackageAction.Install)]
    [InlineData("npm ci --omit=dev", PackageManager.Npm, PackageAction.Install)]
    [InlineData("npm cache clean --force", PackageManager.Npm, PackageAction.Clean)]
    [InlineData("yarn", PackageManager.Yarn, PackageAction.Install)]
    [InlineData("pnpm store prune", PackageManager.Pnpm, PackageAction.Clean)]
    [InlineData("bundle install --jobs 4", PackageManager.Bundler, PackageAction.Install)]
    [InlineData("go mod download", PackageManager.Go, PackageAction.Download)]
    [InlineData("cargo build --release", PackageManager.Cargo, PackageAction.Build)]
    [InlineData("./mvnw -B dependency:go-offline", PackageManager.Maven, PackageAction.Download)]
    [InlineData("gradle build -x test", PackageManager.Gradle, PackageAction.Build)]
    [InlineData("dotnet restore -r linux-x64", PackageManager.Dotnet, PackageAction.Install)]
    [InlineData("composer install --no-dev", PackageManager.Composer, PackageAction.Install)]
    [InlineData("dpkg -i ./x.deb", PackageManager.Dpkg, PackageAction.Install)]
    public void Subcommands_map_to_actions(
        string text, PackageManager manager, PackageAction action)
    {
        PackageCommand command = Read(text);

        Assert.Equal((manager, action), (command.Manager, command.Action));
    }

    [Theory]
    [InlineData("apk add --virtual .build-deps gcc musl-dev", "gcc musl-dev")]
    [InlineData("apk add --no-cache -X http://mirror/edge/testing x=1.2-r0", "x")]
    [InlineData("dnf install -y --setopt=install_weak_deps=False --enablerepo crb git", "git")]
    [InlineData("zypper -n install -r repo-oss --no-recommends vim", "vim")]
    [InlineData("pip install -r requirements.txt -c constraints.txt flask", "flask")]
    [InlineData("pip install -e ./lib --target /opt/app black", "black ./lib")]
    [InlineData("poetry add --group dev pytest@^8.0", "pytest")]
    [InlineData("uv add --index https://x httpx", "httpx")]
    [InlineData("conda install -c conda-forge -n base numpy=1.26", "numpy")]
    [InlineData("yarn global add --prefix /usr typescript@5.4.5", "typescript")]
    [InlineData("pnpm add -F web --save-dev vite", "vite")]
    [InlineData("gem install -v 2.5.0 --no-document bundler", "bundler")]
    [InlineData("go install -ldflags -s example.org/x/gopls@v0.15.3", "example.org/x/gopls")]
    [InlineData("cargo install --root /usr/local --version 0.1.2 ripgrep", "ripgrep")]
    [InlineData("composer require -d /app monolog/monolog:^3.0", "monolog/monolog")]
    [InlineData("dotnet tool install -g --tool-path /tools dotnet-ef", "dotnet-ef")]
    public void Option_values_are_never_packages(string text, string expected)
    {
        PackageCommand command = Read(text);

        Assert.Equal(expected, string.Join(' ', command.Packages.Select(package => package.Name)));
    }

    [Fact]
    public void Version_options_pin_the_single_package()
    {
        PackageCommand gem = Read("gem install bundler -v 2.5.0");

        Assert.Equal("2.5.0", gem.Packages.Single().Version);
        Assert.True(gem.Packages.Single().IsPinned);
    }

    [Theory]
    [InlineData("pip install 'flask[async]>=3.0'", "flask", ">=", false)]
    [InlineData("pip install 'numpy==1.26.4; python_version>\"3.9\"'", "numpy", "==", true)]
    [InlineData("npm install @types/node@20.11.5", "@types/node", "@", true)]
    [InlineData("npm install react@^18.2.0", "react", "@", false)]
    [InlineData("npm install lodash@latest", "lodash", "@", false)]
    [InlineData("dnf install -y nginx-1.20.1", "nginx", "-", true)]
    [InlineData("dnf install -y java-17-openjdk", "java-17-openjdk", null, false)]
    [InlineData("apk add curl~8.5", "curl", "~", false)]
    [InlineData("apt-get install -y nginx/bookworm-backports", "nginx", "/", false)]
    public void Versions_are_split_per_ecosystem(
        string text, string name, string? versionOperator, bool pinned)
    {
        PackageArgument package = Read(text).Packages.Single();

        Assert.Equal((name, versionOperator, pinned),
            (package.Name, package.VersionOperator, package.IsPinned));
    }

    [Theory]
    [InlineData("pip install ./dist/app-1.0-py3-none-any.whl", PackageOrigin.Path)]
    [InlineData("pip install git+https://github.com/x/y.git@v1", PackageOrigin.Url)]
    [InlineData("npm install user/repo", PackageOrigin.Url)]
    [InlineData("npm install ./packages/core", PackageOrigin.Path)]
    [InlineData("apt-get install -y /tmp/x.deb", PackageOrigin.Path)]
    [InlineData("npm install @scope/name", PackageOrigin.Registry)]
    public void Paths_and_urls_are_told_from_registry_names(string text, PackageOrigin origin)
    {
        PackageArgument package = Read(text).Packages.Single();

        Assert.Equal(origin, package.Origin);
    }

    [Fact]
    public void Dotnet_add_package_skips_the_project_between_verb_and_noun()
    {
        PackageCommand dotnet = Read("dotnet add app.csproj package Serilog --version 3.1.1");

        PackageArgument package = Assert.Single(dotnet.Packages);
        Assert.Equal(("Serilog", "3.1.1"), (package.Name, package.Version));
        Assert.Equal("add package", dotnet.SubcommandText);
    }

    [Fact]
    public void Requirement_files_are_listed()
    {
        PackageCommand pip = Read("pip install -r requirements.txt --requirement=dev.txt");

        Assert.Equal(["requirements.txt", "dev.txt"],
            pip.RequirementFiles.Select(word => word.Value));
        Assert.Empty(pip.Packages);
    }

    [Fact]
    public void Prefix_assignment_disables_the_pip_cache()
    {
        PackageCommand pip = Read("PIP_NO_CACHE_DIR=1 pip install flask");

        Assert.True(pip.NoCacheDir);
    }

    [Fact]
    public void Npm_omit_dev_and_global_flags_are_read()
    {
        PackageCommand npm = Read("npm install -g --omit=dev pm2@5.3.1");

        Assert.True(npm.Flags.HasFlag(PackageFlags.Global));
        Assert.True(npm.Flags.HasFlag(PackageFlags.Production));
    }

    [Fact]
    public void Dnf_clean_all_keeps_all_as_an_operand()
    {
        PackageCommand dnf = Read("dnf clean all");

        Assert.Empty(dnf.Packages);
        Assert.Equal("all", dnf.Operands.Single().Value);
    }

    [Fact]
    public void Wrapped_commands_are_read_through_sudo()
    {
        ShellScript script = ShellParser.Parse("sudo -E apt-get install -y git");

        PackageCommand? apt = PackageCommandReader.Read(script.Commands.Last());

        Assert.Equal("git", apt?.Packages.Single().Name);
        Assert.Null(PackageCommandReader.Read(script.Commands[0]));
    }

    [Theory]
    [InlineData("echo apt-get install x")]
    [InlineData("python3 setup.py install")]
    [InlineData("$PM install x")]
    public void Other_commands_are_not_package_commands(string text)
    {
        ShellCommand command = ShellParser.Parse(text).Commands[0];

        Assert.Null(PackageCommandReader.Read(command));
    }

    private static PackageCommand Read(string text)
    {
        ShellScript script = ShellParser.Parse(text);
        return PackageCommandReader.Read(script.Commands.Single())
            ?? throw new InvalidOperationException($"Not a package command: {text}");
    }
}
