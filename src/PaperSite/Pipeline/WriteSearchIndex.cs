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

    public static int Write(SearchIndex index, SiteModel model, OutputFolder output)
    {
        // Files are made one after another by the enumerator, then compressed and written in parallel. Each file's bytes depend only on the index, never on the order of writing.
        var written = 0;
        Parallel.ForEach(SearchIndexFiles.Of(index, model.Index), file =>
        {
            output.Write(file.Path, file.Path.EndsWith(".gz", StringComparison.Ordinal) ? SearchIndexFiles.Compressed(file.Bytes) : file.Bytes);
            Interlocked.Increment(ref written);
        });
        return written;
    }
}
