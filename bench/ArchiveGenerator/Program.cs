using System.Diagnostics;
using System.Globalization;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Writes a synthetic archive of N papers, the same papers for PaperSite and for Hugo, so the two
/// generators can be timed on equal input. The same seed and N always give byte-identical files.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var options = GeneratorOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine(GeneratorOptions.Usage);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var plan = new DatePlan(options.Papers, options.Seed);
        var factory = new PaperFactory(options.Seed, plan, options.LongAbstracts);
        var writers = new List<IArchiveWriter>();
        foreach (var (root, make) in new (string? Root, Func<string, IArchiveWriter> Make)[]
        {
            (options.PaperSiteRoot, r => new PaperSiteWriter(r)),
            (options.HugoRoot, r => new HugoSiteWriter(r, AuthorPages.Count(factory, options.Papers))),
        })
        {
            if (root is null)
            {
                continue;
            }

            // Tens of thousands of files land here: refuse a folder that already holds something.
            if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            {
                Console.Error.WriteLine($"error: '{root}' is not empty; give a new or empty folder.");
                return 2;
            }

            writers.Add(make(root));
        }

        foreach (var writer in writers)
        {
            writer.Begin(plan);
        }

        Parallel.For(0, options.Papers, index =>
        {
            var paper = factory.Create(index);
            foreach (var writer in writers)
            {
                writer.Write(paper);
            }
        });

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {options.Papers:N0} papers over {plan.DayCount:N0} days ({YamlText.Iso(plan.FirstDay)} to {YamlText.Iso(DatePlan.LastDay)}), seed {options.Seed}, in {clock.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
