using PaperSite.Authoring;

namespace PaperSite.Tests.Authoring;

public sealed class RecordIdTests
{
    [Theory]
    [InlineData("Attention Is All You Need", null, "attention-is-all-you-need")]
    [InlineData("Über formal unentscheidbare Sätze", null, "uber-formal-unentscheidbare-satze")]
    [InlineData("Łukasz and Søren on Straße", null, "lukasz-and-soren-on-strasse")]
    [InlineData("Any Title", "2510.08521v2", "2510.08521")]
    [InlineData("Any Title", "hep-th/9901001", "hep-th-9901001")]
    public void A_new_record_is_named_by_its_arxiv_id_or_its_title_in_ascii(string title, string? arxiv, string expected) =>
        Assert.Equal(expected, RecordScaffold.IdFor(title, arxiv));
}
