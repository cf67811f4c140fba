using PaperSite.Output;
using PaperSite.Search;

namespace PaperSite.Pipeline;

/// <summary>
/// Stage over the site model: the search index below <c>search/index/</c>, over the papers the plan gives pages
/// (the views, in the index's order, are exactly the paper pages' papers). Built in memory as postings only, then
/// written as they are made; returns how many files it wrote.
/// </summary>
internal static class WriteSearchIndex
{
    public static SearchIndex Build(SiteModel model) => SearchIndex.Build(model.Views);

    /// <summary>
    /// The index's files, in a defined order, each made as it is asked for, marked for compression where they are
    /// served compressed. They go through the same step as the site's other generated files, so an unchanged one is
    /// kept, not written again.
    /// </summary>
    public static IEnumerable<SiteFile> Files(SearchIndex index, SiteModel model) =>
        SearchIndexFiles.Of(index, model.Index).Select(file => new SiteFile(file.Path, file.Bytes, Gzip: file.Path.EndsWith(".gz", StringComparison.Ordinal)));
}
