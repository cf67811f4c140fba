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
    /// The index's files, compressed where they are served compressed, in a defined order. They go through the
    /// same step as the site's other generated files, so an unchanged one is kept rather than written again.
    /// </summary>
    public static List<(string Path, byte[] Bytes)> Files(SearchIndex index, SiteModel model)
    {
        var files = SearchIndexFiles.Of(index, model.Index).ToList();
        var bytes = new byte[files.Count][];
        Parallel.For(0, files.Count, i => bytes[i] = files[i].Path.EndsWith(".gz", StringComparison.Ordinal) ? SearchIndexFiles.Compressed(files[i].Bytes) : files[i].Bytes);
        return [.. files.Select((file, i) => (file.Path, bytes[i]))];
    }
}
