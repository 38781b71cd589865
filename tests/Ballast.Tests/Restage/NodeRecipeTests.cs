using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>How the Node recipe recognises builds, gates them and handles start commands.
/// </summary>
public sealed class NodeRecipeTests : IDisposable
{
    private static readonly NodeRecipe Recipe = new(BaseImageCatalog.Default, PackageFacts.Default);

    private readonly string context = Directory.CreateTempSubdirectory("ballast-node-").FullName;

    public void Dispose() => Directory.Delete(context, recursive: true);

    private static Recognition Recognise(string text)
    {
        var model = DockerfileModel.Parse(text);
        return Recipe.Recognise(model, model.Stages[0]);
    }

    private RestageResult Restage(string text) =>
        Recipe.Restage(DockerfileModel.Parse(text), context);

    private void PackageJson(string scripts) => File.WriteAllText(
        Path.Combine(context, "package.json"),
        "{ \"name\": \"app\", \"scripts\": { " + scripts + " } }");

    private const string NpmBuild = """
        FROM node:20
        WORKDIR /app
        COPY . .
        RUN npm ci
        CMD npm start
        """;

    [Fact]
    public void An_npm_install_on_a_node_image_is_recognised()
    {
        Assert.True(Recognise(NpmBuild).Recognised);
    }

    [Fact]
    public void A_global_tool_install_alone_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM node:20
            RUN npm install -g serve
            CMD ["serve", "/site"]
            """);

        Assert.False(recognition.Recognised);
    }

    [Fact]
    public void A_debian_image_is_not_recognised()
    {
        Assert.False(Recognise("FROM debian:bookworm\nRUN npm ci\n").Recognised);
    }

    [Fact]
    public void A_start_script_that_only_calls_node_becomes_the_node_command()
    {
        PackageJson("\"start\": \"node server.js --port 8080\"");

        var result = Restage(NpmBuild);

        Assert.Contains("CMD [\"node\", \"server.js\", \"--port\", \"8080\"]", result.Text);
    }

    [Fact]
    public void A_start_script_that_chains_commands_is_kept_with_the_reason()
    {
        PackageJson("\"start\": \"node migrate.js && node server.js\"");

        var result = Restage(NpmBuild);

        Assert.Contains("CMD npm start", result.Text);
        Assert.Contains(result.Changes, change => change.Change.StartsWith("Kept `npm start`",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_package_json_keeps_the_command_and_says_so()
    {
        var result = Restage(NpmBuild);

        Assert.Contains("CMD npm start", result.Text);
        Assert.Contains(result.Changes, change => change.Change.Contains("package.json",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_slim_build_without_build_packages_is_not_restaged()
    {
        var result = Restage(NpmBuild.Replace("node:20", "node:20-slim", StringComparison.Ordinal));

        Assert.False(result.Restaged);
        Assert.Contains("already a small image", result.SkippedBecause);
    }

    [Fact]
    public void Pnpm_builds_prune_with_pnpm()
    {
        PackageJson("\"start\": \"node server.js\"");

        var result = Restage(NpmBuild.Replace("npm ci", "pnpm install --frozen-lockfile",
            StringComparison.Ordinal));

        Assert.Contains("RUN pnpm prune --prod", result.Text);
        Assert.Contains("FROM node:20-slim", result.Text);
    }

    [Fact]
    public void An_install_outside_the_last_workdir_is_not_restaged()
    {
        var result = Restage("""
            FROM node:20
            WORKDIR /app
            RUN npm ci
            WORKDIR /data
            CMD ["node", "/app/server.js"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("WORKDIR", result.SkippedBecause);
    }

    private void Manifest(string scripts, string dependencies, string devDependencies) =>
        File.WriteAllText(Path.Combine(context, "package.json"),
            "{ \"scripts\": { " + scripts + " }, \"dependencies\": { " + dependencies
            + " }, \"devDependencies\": { " + devDependencies + " } }");

    private const string ShellChain = """
        FROM node:20
        WORKDIR /app
        COPY . .
        RUN npm ci
        CMD ["sh", "-c", "npm run migrate && npm start"]
        """;

    [Fact]
    public void A_script_calling_a_development_tool_inside_sh_c_keeps_the_dev_dependencies()
    {
        Manifest("\"start\": \"ts-node src/index.ts\", \"migrate\": \"knex migrate:latest\"",
            "\"express\": \"4\"", "\"knex\": \"3\", \"ts-node\": \"10\"");

        var result = Restage(ShellChain);

        Assert.DoesNotContain("prune", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Change.Contains("kept",
            StringComparison.Ordinal) && change.Reason.Contains("`knex` (script `migrate`)",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_tool_that_is_also_a_production_dependency_does_not_stop_the_prune()
    {
        Manifest("\"start\": \"node server.js\", \"migrate\": \"knex migrate:latest\"",
            "\"knex\": \"3\"", "\"typescript\": \"5\"");

        var result = Restage(ShellChain);

        Assert.Contains("RUN npm prune --omit=dev", result.Text);
        Assert.Contains(result.Changes, change => change.Change.Contains("npm prune --omit=dev",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_program_named_differently_from_its_package_is_found_through_a_pre_script()
    {
        Manifest("\"start\": \"node dist/index.js\", \"prestart\": \"tsc\"", "",
            "\"typescript\": \"5\"");

        var result = Restage(NpmBuild);

        Assert.DoesNotContain("prune", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_command_without_package_json_does_not_prune()
    {
        var result = Restage(NpmBuild);

        Assert.DoesNotContain("npm prune", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Reason.Contains("package.json",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_direct_node_command_prunes_without_package_json()
    {
        var result = Restage(NpmBuild.Replace("CMD npm start", "CMD [\"node\", \"server.js\"]",
            StringComparison.Ordinal));

        Assert.Contains("RUN npm prune --omit=dev", result.Text);
    }

    [Fact]
    public void The_manifests_that_exist_are_copied_before_the_install_and_check_is_quiet()
    {
        PackageJson("\"start\": \"node server.js\"");
        File.WriteAllText(Path.Combine(context, "yarn.lock"), "");
        File.WriteAllText(Path.Combine(context, ".npmrc"), "");

        var result = Restage(NpmBuild);

        var findings = Ballast.Rules.Checker.Default.Check(
            new Ballast.Text.SourceText(result.Text, "Dockerfile")).Findings;
        Assert.Contains("COPY package.json yarn.lock .npmrc ./\nRUN npm ci\n\nCOPY . .",
            result.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(findings, finding => finding.RuleId == "BL201");
    }

    [Fact]
    public void Without_the_context_the_install_stays_after_the_sources_and_says_why()
    {
        var result = Recipe.Restage(DockerfileModel.Parse(NpmBuild), null);

        Assert.Contains("COPY . .\nRUN npm ci", result.Text.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Reason.Contains(
            "build context was not given", StringComparison.Ordinal));
    }
}
