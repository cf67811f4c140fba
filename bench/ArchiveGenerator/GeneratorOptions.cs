using System.Globalization;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>The command line: <c>--papers N --seed S --papersite DIR --hugo DIR</c>.</summary>
internal sealed record GeneratorOptions(int Papers, int Seed, string? PaperSiteRoot, string? HugoRoot, bool LongAbstracts = false)
{
    public const string Usage = "usage: ArchiveGenerator --papers N [--seed S] [--papersite DIR] [--hugo DIR] [--long-abstracts]  (at least one of --papersite, --hugo)";

    /// <summary>Parses the arguments; null with <paramref name="error"/> set when they make no sense.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        int? papers = null;
        var seed = 1;
        string? paperSite = null;
        string? hugo = null;
        var longAbstracts = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (args[i] == "--long-abstracts")
            {
                longAbstracts = true;
                continue;
            }

            switch (args[i])
            {
                case "--papers" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    papers = n;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    break;
                case "--papersite" when value is not null:
                    paperSite = Path.GetFullPath(value);
                    break;
                case "--hugo" when value is not null:
                    hugo = Path.GetFullPath(value);
                    break;
                default:
                    error = $"unexpected or invalid argument '{args[i]}'.";
                    return null;
            }

            i++;
        }

        if (papers is null || (paperSite is null && hugo is null))
        {
            error = "--papers and at least one output folder are required.";
            return null;
        }

        if (paperSite is not null && paperSite == hugo)
        {
            error = "--papersite and --hugo must be different folders.";
            return null;
        }

        return new GeneratorOptions(papers.Value, seed, paperSite, hugo, longAbstracts);
    }
}
