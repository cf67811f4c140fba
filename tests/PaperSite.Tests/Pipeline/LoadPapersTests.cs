using System.Globalization;
using PaperSite.Diagnostics;
using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.Pipeline;

/// <summary>What leaves the loading stage: papers in one defined order, and duplicate ids reported in text that grows linearly.</summary>
public sealed class LoadPapersTests
{
    private static TestSite SiteOf(int count, Func<int, string> id)
    {
        var site = TestSite.Create("");
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"p{i:D3}");
            site.Write($"input/papers/{i % 7}/{name}.yaml", $"id: {id(i)}\ntitle: T{name}\ndate: 2025-10-10\nabstract: A.\n");
        }

        return site;
    }

    [Fact]
    public void Papers_leave_the_stage_ordered_by_source_path_whatever_order_the_threads_read_them_in()
    {
        using var site = SiteOf(300, i => string.Create(CultureInfo.InvariantCulture, $"p{i:D3}"));

        for (var run = 0; run < 3; run++)
        {
            var papers = LoadPapers.Run(new SiteSources(site.Root), new DiagnosticBag());

            Assert.Equal(300, papers.Length);
            Assert.Equal(papers.Select(p => p.SourcePath).Order(StringComparer.Ordinal), papers.Select(p => p.SourcePath));
        }
    }

    [Fact]
    public void Files_sharing_an_id_each_name_one_other_file_and_how_many_more()
    {
        using var site = SiteOf(40, _ => "same");

        var diagnostics = new DiagnosticBag();
        LoadPapers.Run(new SiteSources(site.Root), diagnostics);

        var errors = diagnostics.ToSortedList();
        Assert.Equal(40, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal(DiagnosticCodes.DuplicateId, e.Code);
            Assert.Single(e.Message.Split("input/papers/").Skip(1));
            Assert.EndsWith(" and 38 other files; every paper needs its own id.", e.Message, StringComparison.Ordinal);
        });
        var first = errors[0];
        Assert.Equal("input/papers/0/p000.yaml: error PS0105: the id 'same' is also used by input/papers/0/p007.yaml and 38 other files; every paper needs its own id.", first.ToString());
        Assert.All(errors.Skip(1), e => Assert.Contains("also used by input/papers/0/p000.yaml and", e.Message, StringComparison.Ordinal));
    }
}
