using PaperSite.Abstracts;
using PaperSite.Testing;

namespace PaperSite.Tests.Abstracts;

/// <summary>The formulas of <c>Abstracts/MathCorpus/*.tex</c>: one a line, "$$ " for display math, "%" for comments.</summary>
internal static class MathCorpus
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PaperSite.Tests", "Abstracts", "MathCorpus");

    /// <summary>The macros an astronomy archive would define; the physics and real-abstracts corpora use them as their authors do.</summary>
    public static MathMacros Macros { get; } = new([
        new MathMacro("msun", "M_{\\odot}", 0),
        new MathMacro("lsun", "L_{\\odot}", 0),
        new MathMacro("rsun", "R_{\\odot}", 0),
        new MathMacro("kms", "\\mathrm{km\\,s^{-1}}", 0),
    ]);

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.tex").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    public static IEnumerable<(string Latex, bool Display)> Formulas(string file)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, file + ".tex")))
        {
            if (line.Length == 0 || line.StartsWith('%'))
            {
                continue;
            }

            yield return line.StartsWith("$$ ", StringComparison.Ordinal) ? (line[3..], true) : (line, false);
        }
    }

    public static IEnumerable<(string Latex, bool Display)> All => Files.SelectMany(Formulas);
}
