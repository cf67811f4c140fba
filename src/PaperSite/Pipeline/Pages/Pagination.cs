using System.Collections.Immutable;
using PaperSite.Views;

namespace PaperSite.Pipeline.Pages;

/// <summary>Splits a long listing into pages of <c>page_size</c> papers, the first at the listing's own address, the rest at <c>page/&lt;n&gt;/</c> below it.</summary>
internal static class Pagination
{
    public sealed record Slice(int Number, int Count, string Address, IReadOnlyList<PaperView> Papers, PagerView Pager);

    public static IEnumerable<Slice> Split(SiteModel model, ImmutableArray<int> positions, Func<int, string> addressOf)
    {
        var size = model.Settings.PageSize;
        var count = Math.Max(1, (positions.Length + size - 1) / size);
        for (var number = 1; number <= count; number++)
        {
            var pager = new PagerView(
                number,
                count,
                number > 1 ? model.Urls.Link(addressOf(number - 1)) : null,
                number < count ? model.Urls.Link(addressOf(number + 1)) : null);
            yield return new Slice(number, count, addressOf(number), model.ViewsAt(positions.Skip((number - 1) * size).Take(size)), pager);
        }
    }

    /// <summary>"Tag: x" on the first page, "Tag: x (page 2 of 3)" after it.</summary>
    public static string Title(string title, Slice slice) => slice.Number == 1 ? title : FormattableString.Invariant($"{title} (page {slice.Number} of {slice.Count})");
}
