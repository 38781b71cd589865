using Ballast.Knowledge;
using Xunit;

namespace Ballast.Tests.Knowledge;

public sealed class PackageFactsTests
{
    private static readonly PackageFacts Facts = PackageFacts.Default;

    [Theory]
    [InlineData("bullseye")]
    [InlineData("bookworm")]
    [InlineData("trixie")]
    public void Libpq_dev_stands_for_libpq5_on_every_debian_release(string release)
    {
        var runtime = Facts.RuntimePackagesFor("libpq-dev", release);

        Assert.Equal(["libpq5"], runtime);
    }

    [Theory]
    [InlineData("zlib1g-dev", "bullseye")]
    [InlineData("zlib1g-dev", "trixie")]
    [InlineData("libz-dev", "bullseye")]
    [InlineData("libz-dev", "bookworm")]
    [InlineData("libz-dev", "trixie")]
    public void Zlib_headers_by_real_or_virtual_name_stand_for_zlib1g(string dev, string release)
    {
        var runtime = Facts.RuntimePackagesFor(dev, release);

        Assert.Equal(["zlib1g"], runtime);
    }

    [Theory]
    [InlineData("bullseye", "libmemcached11", "libmemcachedutil2")]
    [InlineData("bookworm", "libmemcached11", "libmemcachedutil2")]
    [InlineData("trixie", "libmemcached11t64", "libmemcachedutil2t64")]
    public void Libmemcached_dev_stands_for_both_its_libraries(
        string release,
        string library,
        string utilities)
    {
        var runtime = Facts.RuntimePackagesFor("libmemcached-dev", release);

        Assert.Equal([library, utilities], runtime);
    }

    [Theory]
    [InlineData("bullseye", "libssl1.1")]
    [InlineData("bookworm", "libssl3")]
    [InlineData("trixie", "libssl3t64")]
    [InlineData("jammy", "libssl3")]
    [InlineData("noble", "libssl3t64")]
    public void Libssl_dev_stands_for_the_release_s_openssl_library(string release, string expected)
    {
        var runtime = Facts.RuntimePackagesFor("libssl-dev", release);

        Assert.Equal([expected], runtime);
    }

    // Expected values are the runtime package names each release ships (bullseye |
    // bookworm | trixie), comma-separated when a -dev package covers several libraries.
    [Theory]
    [InlineData("libffi-dev", "libffi7", "libffi8", "libffi8")]
    [InlineData("libxml2-dev", "libxml2", "libxml2", "libxml2")]
    [InlineData("libxslt1-dev", "libxslt1.1", "libxslt1.1", "libxslt1.1")]
    [InlineData("libjpeg-dev", "libjpeg62-turbo", "libjpeg62-turbo", "libjpeg62-turbo")]
    [InlineData("libpng-dev", "libpng16-16", "libpng16-16", "libpng16-16t64")]
    [InlineData("libfreetype6-dev", "libfreetype6", "libfreetype6", "libfreetype6")]
    [InlineData("libicu-dev", "libicu67", "libicu72", "libicu76")]
    [InlineData("libreadline-dev", "libreadline8", "libreadline8", "libreadline8t64")]
    [InlineData("libsqlite3-dev", "libsqlite3-0", "libsqlite3-0", "libsqlite3-0")]
    [InlineData("libbz2-dev", "libbz2-1.0", "libbz2-1.0", "libbz2-1.0")]
    [InlineData("liblzma-dev", "liblzma5", "liblzma5", "liblzma5")]
    [InlineData("libzstd-dev", "libzstd1", "libzstd1", "libzstd1")]
    [InlineData("libcurl4-openssl-dev", "libcurl4", "libcurl4", "libcurl4t64")]
    [InlineData("libgdbm-dev", "libgdbm6", "libgdbm6", "libgdbm6t64")]
    [InlineData("libdb-dev", "libdb5.3", "libdb5.3", "libdb5.3t64")]
    [InlineData("libyaml-dev", "libyaml-0-2", "libyaml-0-2", "libyaml-0-2")]
    [InlineData("libgmp-dev", "libgmp10,libgmpxx4ldbl", "libgmp10,libgmpxx4ldbl",
        "libgmp10,libgmpxx4ldbl")]
    [InlineData("libmaxminddb-dev", "libmaxminddb0", "libmaxminddb0", "libmaxminddb0")]
    [InlineData("libmagickwand-dev", "libmagickcore-6.q16-6-extra,libmagickwand-6.q16-6",
        "libmagickcore-6.q16-6-extra,libmagickwand-6.q16-6",
        "libmagickcore-7.q16-10-extra,libmagickwand-7.q16-10")]
    [InlineData("default-libmysqlclient-dev", "libmariadb3", "libmariadb3", "libmariadb3")]
    [InlineData("libmariadb-dev", "libmariadb3", "libmariadb3", "libmariadb3")]
    [InlineData("libzip-dev", "libzip4", "libzip4", "libzip5")]
    [InlineData("libonig-dev", "libonig5", "libonig5", "libonig5")]
    [InlineData("libsodium-dev", "libsodium23", "libsodium23", "libsodium23")]
    [InlineData("libgd-dev", "libgd3", "libgd3", "libgd3")]
    [InlineData("libldap2-dev", "libldap-2.4-2", "libldap-2.5-0", "libldap2")]
    [InlineData("libsasl2-dev", "libsasl2-2", "libsasl2-2", "libsasl2-2")]
    [InlineData("libgeos-dev", "libgeos-c1v5", "libgeos-c1v5", "libgeos-c1t64")]
    [InlineData("libvips-dev", "libvips42", "libvips42", "libvips42t64")]
    [InlineData("libmagic-dev", "libmagic1", "libmagic1", "libmagic1t64")]
    [InlineData("libglib2.0-dev", "libglib2.0-0", "libglib2.0-0", "libglib2.0-0t64")]
    [InlineData("libexpat1-dev", "libexpat1", "libexpat1", "libexpat1")]
    [InlineData("libuv1-dev", "libuv1", "libuv1", "libuv1t64")]
    [InlineData("libsnappy-dev", "libsnappy1v5", "libsnappy1v5", "libsnappy1v5")]
    [InlineData("liblz4-dev", "liblz4-1", "liblz4-1", "liblz4-1")]
    [InlineData("libtiff-dev", "libtiff5,libtiffxx5", "libtiff6,libtiffxx6",
        "libtiff6,libtiffxx6")]
    [InlineData("libssh2-1-dev", "libssh2-1", "libssh2-1", "libssh2-1t64")]
    [InlineData("libtidy-dev", "libtidy5deb1", "libtidy5deb1", "libtidy58")]
    [InlineData("unixodbc-dev", "libodbc1,odbcinst1debian2", "libodbc2,libodbccr2,libodbcinst2",
        "libodbc2,libodbccr2,libodbcinst2")]
    [InlineData("libedit-dev", "libedit2", "libedit2", "libedit2")]
    [InlineData("libargon2-dev", "libargon2-1", "libargon2-1", "libargon2-1")]
    [InlineData("libbrotli-dev", "libbrotli1", "libbrotli1", "libbrotli1")]
    [InlineData("libncurses-dev", "libncurses6,libncursesw6,libtinfo6",
        "libncurses6,libncursesw6,libtinfo6", "libncurses6,libncursesw6,libtinfo6")]
    [InlineData("libwebp-dev", "libwebp6,libwebpdemux2,libwebpmux3",
        "libwebp7,libwebpdemux2,libwebpmux3",
        "libwebp7,libwebpdecoder3,libwebpdemux2,libwebpmux3")]
    [InlineData("libkrb5-dev",
        "libgssapi-krb5-2,libgssrpc4,libk5crypto3,libkadm5clnt-mit12,libkadm5srv-mit12,libkrb5-3",
        "libgssapi-krb5-2,libgssrpc4,libk5crypto3,libkadm5clnt-mit12,libkadm5srv-mit12,libkrb5-3",
        "libgssapi-krb5-2,libgssrpc4t64,libk5crypto3,"
            + "libkadm5clnt-mit12,libkadm5srv-mit12,libkrb5-3")]
    public void Common_dev_packages_map_to_each_release_s_runtime_libraries(
        string dev,
        string bullseye,
        string bookworm,
        string trixie)
    {
        var actual = new[] { "bullseye", "bookworm", "trixie" }
            .Select(release => string.Join(',', Facts.RuntimePackagesFor(dev, release)));

        Assert.Equal([bullseye, bookworm, trixie], actual);
    }

    [Theory]
    [InlineData("jammy", "libicu-dev", "libicu70")]
    [InlineData("noble", "libicu-dev", "libicu74")]
    [InlineData("jammy", "default-libmysqlclient-dev", "libmysqlclient21")]
    [InlineData("noble", "libjpeg-dev", "libjpeg8")]
    [InlineData("noble", "libpng-dev", "libpng16-16t64")]
    [InlineData("alpine3.20", "openssl-dev", "libcrypto3,libssl3")]
    [InlineData("alpine", "libpq-dev", "libpq")]
    [InlineData("alpine", "jpeg-dev", "libjpeg-turbo")]
    [InlineData("3.21", "icu-dev", "icu-libs")]
    public void Curated_ubuntu_and_alpine_tables_answer_too(
        string release,
        string dev,
        string expected)
    {
        var runtime = Facts.RuntimePackagesFor(dev, release);

        Assert.Equal(expected, string.Join(',', runtime));
    }

    [Theory]
    [InlineData("libpq-dev", "buster")]
    [InlineData("libpq-dev", "")]
    [InlineData("no-such-package-dev", "bookworm")]
    public void Unknown_packages_and_releases_have_no_runtime_packages(string dev, string release)
    {
        var runtime = Facts.RuntimePackagesFor(dev, release);

        Assert.Empty(runtime);
    }

    [Fact]
    public void Version_numbers_name_the_same_release_as_codenames()
    {
        var byNumber = Facts.RuntimePackagesFor("libssl-dev", "12");

        Assert.Equal(Facts.RuntimePackagesFor("libssl-dev", "bookworm"), byNumber);
        Assert.Equal(["libssl3t64"], Facts.RuntimePackagesFor("libssl-dev", "24.04"));
    }

    [Theory]
    [InlineData("libpq-dev", true)]
    [InlineData("openssl-devel", true)]
    [InlineData("libmariadb-dev-compat", true)]
    [InlineData("linux-headers", true)]
    [InlineData("libpq5", false)]
    [InlineData("devscripts", false)]
    [InlineData("build-essential", false)]
    public void Development_packages_are_recognised_by_name(string name, bool expected)
    {
        var actual = Facts.IsDevelopmentPackage(name);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("libz-dev", "bookworm", "zlib1g-dev")]
    [InlineData("libfreetype6-dev", "trixie", "libfreetype-dev")]
    [InlineData("mysql-dev", "alpine", "mariadb-connector-c-dev")]
    [InlineData("zlib1g-dev", "bookworm", "zlib1g-dev")]
    [InlineData("libz-dev", "buster", "libz-dev")]
    public void Canonical_follows_virtual_names_to_the_real_package(
        string name,
        string release,
        string expected)
    {
        var canonical = Facts.Canonical(name, release);

        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Installed_sizes_are_bytes_for_runtime_and_dev_packages()
    {
        var runtime = Facts.InstalledSize("libpq5", "bookworm");
        var dev = Facts.InstalledSize("libssl-dev", "bookworm");

        Assert.InRange(runtime!.Value, 100 * 1024, 10 * 1024 * 1024);
        Assert.InRange(dev!.Value, 1024 * 1024, 100 * 1024 * 1024);
        Assert.Equal(0, runtime.Value % 1024);
    }

    [Fact]
    public void Installed_size_is_null_when_not_recorded()
    {
        var size = Facts.InstalledSize("libreoffice-core", "bookworm");

        Assert.Null(size);
        Assert.Null(Facts.InstalledSize("libpq5", "buster"));
    }

    [Fact]
    public void The_gcc_closure_brings_the_compiler_but_not_the_base_system()
    {
        var closure = Facts.Closure("gcc", "bookworm");

        Assert.Contains("gcc-12", closure);
        Assert.Contains("cpp-12", closure);
        Assert.Contains("binutils", closure);
        Assert.DoesNotContain("libc6", closure);
        Assert.DoesNotContain("bash", closure);
    }

    [Fact]
    public void Build_essential_closure_holds_make_gxx_and_libc_headers_on_every_release()
    {
        foreach (var release in new[] { "bullseye", "bookworm", "trixie" })
        {
            var closure = Facts.Closure("build-essential", release);

            Assert.Contains("make", closure);
            Assert.Contains("g++", closure);
            Assert.Contains("libc6-dev", closure);
        }
    }

    [Fact]
    public void A_closure_is_empty_when_not_recorded()
    {
        var closure = Facts.Closure("libreoffice", "bookworm");

        Assert.Empty(closure);
    }

    [Fact]
    public void Development_overhead_counts_what_the_headers_pull_in_beyond_the_runtime()
    {
        var libssl = Facts.InstalledSize("libssl-dev", "bookworm");
        var headers = Facts.InstalledSize("libpq-dev", "bookworm");

        var overhead = Facts.DevelopmentOverhead("libpq-dev", "bookworm");

        Assert.NotNull(libssl);
        Assert.NotNull(headers);
        Assert.True(overhead >= libssl + headers, $"{overhead} < {libssl} + {headers}");
        Assert.True(overhead < 50_000_000, $"{overhead} counts the runtime side too");
    }

    [Fact]
    public void Development_overhead_is_unknown_for_an_unknown_package()
    {
        Assert.Null(Facts.DevelopmentOverhead("no-such-thing-dev", "bookworm"));
    }
}
