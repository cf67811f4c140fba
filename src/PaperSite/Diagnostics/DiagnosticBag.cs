using System.Collections.Concurrent;

namespace PaperSite.Diagnostics;

/// <summary>
/// Collects every problem found, from any thread, so that a build reports all of them at once
/// instead of stopping at the first. Reported in a stable order: by file, line, column, code.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public void Error(string code, SourceLocation at, string message) => Add(Diagnostic.Error(code, at, message));

    public void Warning(string code, SourceLocation at, string message) => Add(Diagnostic.Warning(code, at, message));

    public bool HasErrors => _items.Any(d => d.IsError);

    public bool IsEmpty => _items.IsEmpty;

    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
