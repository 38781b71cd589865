using Ballast.Shell;
using Ballast.Shell.Commands;
using Xunit;

namespace Ballast.Tests.Shell;

public sealed class FileCommandReaderTests
{
    [Fact]
    public void Rm_reads_paths_and_flags()
    {
        RemoveCommand? rm = FileCommandReader.ReadRemove(
            First("rm -rf /var/lib/apt/lists/* /tmp/x"));

        Assert.NotNull(rm);
        Assert.True(rm.Recursive && rm.Force);
        Assert.Equal(["/var/lib/apt/lists/*", "/tmp/x"], rm.Paths.Select(word => word.Value));
    }

    [Fact]
    public void Rm_without_flags_is_not_recursive()
    {
        RemoveCommand? rm = FileCommandReader.ReadRemove(First("rm -- -odd-name"));

        Assert.False(rm!.Recursive);
        Assert.Equal("-odd-name", rm.Paths.Single().Value);
    }

    [Fact]
    public void Chown_reads_owner_paths_and_recursion()
    {
        PermissionCommand? chown = FileCommandReader.ReadPermission(
            First("chown -R --from=root app:app /srv /data"));

        Assert.Equal(PermissionTool.Chown, chown!.Tool);
        Assert.True(chown.Recursive);
        Assert.Equal("app:app", chown.Setting?.Value);
        Assert.Equal(["/srv", "/data"], chown.Paths.Select(word => word.Value));
    }

    [Fact]
    public void Chmod_without_recursion_is_read()
    {
        PermissionCommand? chmod = FileCommandReader.ReadPermission(First("chmod 0755 /entry.sh"));

        Assert.False(chmod!.Recursive);
        Assert.Equal("0755", chmod.Setting?.Value);
        Assert.Null(FileCommandReader.ReadPermission(First("chroot /x")));
    }

    [Fact]
    public void Curl_piped_into_sh_is_flagged()
    {
        ShellScript script = ShellParser.Parse(
            "curl -fsSL -H 'A: b' https://get.example/i.sh | sh -s -- -y");

        DownloadCommand? curl = FileCommandReader.ReadDownload(script.Commands[0], script);

        Assert.True(curl!.PipedToShell);
        Assert.Equal("https://get.example/i.sh", curl.Urls.Single().Value);
    }

    [Fact]
    public void Curl_piped_into_sudo_bash_is_flagged()
    {
        ShellScript script = ShellParser.Parse("curl -sL https://x/setup | sudo -E bash -");

        Assert.True(FileCommandReader.ReadDownload(script.Commands[0], script)!.PipedToShell);
    }

    [Fact]
    public void Curl_to_a_file_or_into_tar_is_not_piped_to_a_shell()
    {
        ShellScript toFile = ShellParser.Parse("curl -fsSLo /tmp/x.tgz https://x/x.tgz");
        ShellScript toTar = ShellParser.Parse("curl -fsSL https://x/x.tgz | tar -xz -C /opt");

        DownloadCommand? file = FileCommandReader.ReadDownload(toFile.Commands[0], toFile);
        DownloadCommand? tar = FileCommandReader.ReadDownload(toTar.Commands[0], toTar);

        Assert.Equal("/tmp/x.tgz", file!.OutputFile?.Value);
        Assert.False(file.WritesToStandardOutput);
        Assert.False(tar!.PipedToShell);
        Assert.True(tar.WritesToStandardOutput);
    }

    [Fact]
    public void Wget_quiet_output_dash_writes_to_standard_output()
    {
        ShellScript script = ShellParser.Parse("wget -qO- https://x/install | bash");

        DownloadCommand? wget = FileCommandReader.ReadDownload(script.Commands[0], script);

        Assert.True(wget!.WritesToStandardOutput);
        Assert.True(wget.PipedToShell);
    }

    [Fact]
    public void Wget_log_file_is_not_the_output()
    {
        ShellScript script = ShellParser.Parse(
            "wget -o /tmp/log -O /tmp/app.tgz https://x/app.tgz");

        DownloadCommand? wget = FileCommandReader.ReadDownload(script.Commands[0], script);

        Assert.Equal("/tmp/app.tgz", wget!.OutputFile?.Value);
        Assert.Equal("https://x/app.tgz", wget.Urls.Single().Value);
    }

    [Theory]
    [InlineData("tar -xzf /tmp/a.tgz -C /opt", ArchiveOperation.Extract, "/tmp/a.tgz", "/opt")]
    [InlineData("tar xzf /tmp/a.tgz", ArchiveOperation.Extract, "/tmp/a.tgz", null)]
    [InlineData("tar --create --file=/out.tar /src", ArchiveOperation.Create, "/out.tar", null)]
    [InlineData("tar -xz -C /opt", ArchiveOperation.Extract, null, "/opt")]
    public void Tar_reads_operation_file_and_directory(
        string text, ArchiveOperation operation, string? file, string? directory)
    {
        ArchiveCommand? tar = FileCommandReader.ReadArchive(First(text));

        Assert.Equal((operation, file, directory),
            (tar!.Operation, tar.File?.Value, tar.Directory?.Value));
    }

    private static ShellCommand First(string text) => ShellParser.Parse(text).Commands[0];
}
