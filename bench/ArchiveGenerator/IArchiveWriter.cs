namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>Writes the generated archive in one site generator's input format.</summary>
internal interface IArchiveWriter
{
    /// <summary>Writes the site's settings and creates its folders; called once, before any paper.</summary>
    void Begin(DatePlan plan);

    /// <summary>Writes one paper. Called from many threads at once, each with a different paper.</summary>
    void Write(SyntheticPaper paper);
}
