using System.Globalization;
using PaperSite.Testing;

namespace PaperSite.Tests.Culture;

/// <summary>
/// The engine is a library: it must not depend on the program turning invariant globalization on. These tests
/// run with globalization enabled (the test project sets InvariantGlobalization off) and alone, since the
/// culture they set is the whole process's default for the threads a build renders on.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CultureTests
{
    public const string Name = "Process culture";
}

[Collection(CultureTests.Name)]
public sealed class BuildUnderOtherCulturesTests
{
    private const string Archive = """
        -- input/site.yaml --
        title: T
        base_url: https://example.org/archive/
        page_size: 1
        -- input/papers/a.yaml --
        title: A
        date: 2025-10-10
        published: 2025-09-30
        abstract: A paper with $x^2 + 1.5$ in it.
        authors: [Ada Lovelace, Alan Turing]
        author_count: 1234
        upvotes: 1500
        tags: [ml, fine tuning, fine-tuning]
        -- input/papers/b.yaml --
        title: B
        date: 2024-02-29
        abstract: B.
        upvotes: 2
        tags: [ml]
        -- input/papers/c.yaml --
        title: C
        date: 2025-12-31
        abstract: C.
        tags: [ml]
        """;

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void A_build_under_a_thai_or_arabic_culture_gives_the_same_bytes_as_under_the_invariant_culture(string cultureName)
    {
        var culture = new CultureInfo(cultureName);
        // Proves globalization is really on: in invariant mode there is no Buddhist or Hijri calendar to fall into.
        Assert.NotEqual(typeof(GregorianCalendar), culture.Calendar.GetType());
        Assert.NotEqual("2025", new DateOnly(2025, 10, 10).ToString("yyyy", culture));

        using var site = TestSite.Create(Archive);
        var invariant = BuildUnder(CultureInfo.InvariantCulture, site);
        var other = BuildUnder(culture, site);

        Assert.Equal(invariant.Keys, other.Keys);
        foreach (var (path, bytes) in invariant)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(other[path]), $"{path} differs under {cultureName}:\n{System.Text.Encoding.UTF8.GetString(other[path])}");
        }
    }

    private static SortedDictionary<string, byte[]> BuildUnder(CultureInfo culture, TestSite site)
    {
        var (current, currentUi, threadDefault, threadDefaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            var result = site.Build();
            Assert.True(result.Succeeded, DiagnosticText.Of(result.Diagnostics));
            return site.Snapshot();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (threadDefault, threadDefaultUi);
        }
    }
}
