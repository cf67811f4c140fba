using PaperSite.Views;

namespace PaperSite.Rendering;

/// <summary>
/// One file to render: which template, into which output path, with which variables.
/// Jobs hold references to shared views only, so planning 100,000 pages costs little memory.
/// </summary>
internal sealed record PageJob(string OutputPath, string Template, OutputFormat Format, PageView Page, IReadOnlyDictionary<string, object?> Variables);
