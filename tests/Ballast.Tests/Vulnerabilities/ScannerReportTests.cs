using Ballast.Vulnerabilities;
using Xunit;

namespace Ballast.Tests.Vulnerabilities;

public sealed class ScannerReportTests
{
    private static VulnerabilityScan Read(string fileName)
    {
        var path = Path.Combine(DpkgStatusFixture.CasesDirectory, fileName);
        Assert.True(ScannerReport.TryRead(path, out var scan, out var error), error);
        return scan!;
    }

    [Fact]
    public void A_trivy_report_counts_every_result_by_severity()
    {
        var scan = Read("trivy-before.json");

        Assert.Equal("trivy", scan.Source);
        Assert.Equal(new SeverityCounts(1, 0, 1, 2, 1, 1), scan.Counts);
    }

    [Fact]
    public void A_trivy_finding_keeps_package_version_and_fix()
    {
        var scan = Read("trivy-before.json");

        var ssl = scan.Matches.Single(m => m.Id == "CVE-2099-0001");

        Assert.Equal("libssl3", ssl.Package.Name);
        Assert.Equal("3.0.19-1~deb12u2", ssl.Package.Version);
        Assert.Equal("3.0.20-1~deb12u1", ssl.FixedVersion);
        Assert.Equal(VulnerabilitySeverity.High, ssl.Severity);
    }

    [Fact]
    public void An_empty_trivy_fixed_version_means_no_fix()
    {
        var scan = Read("trivy-before.json");

        var unfixed = scan.Matches.Single(m => m.Id == "CVE-2099-0012");

        Assert.Null(unfixed.FixedVersion);
    }

    [Fact]
    public void A_trivy_package_list_names_packages_without_findings()
    {
        var scan = Read("trivy-after.json");

        Assert.Contains("base-files", scan.PackageNames);
        Assert.Equal(new SeverityCounts(0, 0, 0, 1, 1, 0), scan.Counts);
    }

    [Fact]
    public void A_grype_report_counts_by_severity_and_merges_an_advisory_with_its_cve()
    {
        var scan = Read("grype.json");

        Assert.Equal("grype", scan.Source);
        Assert.Equal(4, scan.Matches.Count);
        Assert.Equal(new SeverityCounts(0, 1, 0, 1, 1, 0), scan.Counts);
    }

    [Fact]
    public void A_grype_fix_takes_the_first_fixed_version()
    {
        var scan = Read("grype.json");

        var ssl = scan.Matches.Single(m => m.Package.Name == "libssl3");

        Assert.Equal("3.0.20-1~deb12u1", ssl.FixedVersion);
        Assert.Equal("deb", ssl.Package.Ecosystem);
    }

    [Fact]
    public void Malformed_json_is_an_error_with_the_file_and_line()
    {
        var json = "{\n  \"Results\": [\n    {,\n  ]\n}";

        var read = ScannerReport.TryParse(json, "report.json", out var scan, out var error);

        Assert.False(read);
        Assert.Null(scan);
        Assert.StartsWith("report.json: line 3:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_another_shape_is_an_error_naming_both_formats()
    {
        var read = ScannerReport.TryParse("{\"artifacts\": []}", "sbom.json", out _, out var error);

        Assert.False(read);
        Assert.Contains("not a Trivy or Grype JSON report", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var read = ScannerReport.TryRead("/nonexistent/report.json", out _, out var error);

        Assert.False(read);
        Assert.StartsWith("/nonexistent/report.json: cannot read", error, StringComparison.Ordinal);
    }
}
