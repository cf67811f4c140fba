using System.CommandLine;
using PaperSite.Cli.Init;
using PaperSite.Loading;

namespace PaperSite.Cli;

/// <summary>
/// <c>papersite init</c>: scaffolds a new archive repository that builds at once. It never overwrites a
/// file: one that exists is left as it is and named, so running it in an existing archive only adds what is missing.
/// </summary>
internal static class InitCommand
{
    public const string DefaultTitle = "Paper Archive";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder of the new archive repository; created if missing. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
        };
        var title = new Option<string>("--title") { Description = "The site's title.", DefaultValueFactory = _ => DefaultTitle };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where the site will be served, e.g. https://owner.github.io/archive/." };
        var command = new Command("init", "Create a new archive repository: settings, an example record, the tool manifest, workflows and contributor docs.")
        {
            folder, title, baseUrl,
        };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(folder)!);
            var titleText = MappingFields.CollapseWhiteSpace(parse.GetValue(title)!);
            var urlText = parse.GetValue(baseUrl);
            if (titleText.Length == 0)
            {
                error.WriteLine("error: --title must not be empty.");
                return 1;
            }

            Uri url;
            if (urlText is null)
            {
                url = ArchiveScaffold.DefaultBaseUrl(root);
            }
            else if (Identifiers.IsWebUrl(urlText) && Uri.TryCreate(urlText, UriKind.Absolute, out var parsed) && parsed.Query.Length == 0 && parsed.Fragment.Length == 0)
            {
                url = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed.AbsoluteUri + "/");
            }
            else
            {
                error.WriteLine($"error: --base-url must be an absolute http or https URL such as https://owner.github.io/archive/, got '{urlText}'.");
                return 1;
            }

            return Write(root, ArchiveScaffold.Files(titleText, url), output, error);
        });
        return command;
    }

    private static int Write(string root, IReadOnlyList<(string Path, string Text)> files, TextWriter output, TextWriter error)
    {
        var created = 0;
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(root, relative);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                writer.Write(text);
                output.WriteLine($"created {relative}");
                created++;
            }
            catch (IOException) when (Path.Exists(path))
            {
                output.WriteLine($"kept    {relative} (it exists; not changed)");
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {relative}: {problem.Message}");
                return 1;
            }
        }

        output.WriteLine(created == 0
            ? $"Nothing to do: {root} already has every file init writes."
            : $"Created {created} files in {root}. Next: dotnet tool restore, then dotnet tool run papersite serve.");
        return 0;
    }
}
