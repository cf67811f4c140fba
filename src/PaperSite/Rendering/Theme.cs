using System.Collections.Immutable;
using System.Reflection;
using PaperSite.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// The theme a site is rendered with: the built-in theme, with any file of the site's own
/// <c>theme/</c> folder taking the place of the built-in file of the same path. Templates are
/// parsed once and shared by every page; the loader only ever serves files of this theme, so no
/// template can read anything outside it.
/// </summary>
internal sealed class Theme : ITemplateLoader
{
    public const string TemplatesFolder = "templates/";
    public const string AssetsFolder = "assets/";
    private const string ResourcePrefix = "theme/";

    private readonly ImmutableDictionary<string, Template> _templates;

    private Theme(ImmutableDictionary<string, Template> templates, ImmutableDictionary<string, ThemeFile> assets, string fingerprint)
    {
        _templates = templates;
        Assets = assets;
        Fingerprint = fingerprint;
    }

    /// <summary>A hash of every file of the theme (paths and bytes), built-in and overriding alike: the build cache renders every page again when it changes.</summary>
    public string Fingerprint { get; }

    /// <summary>Static files to copy to the site, keyed by their path below <c>assets/</c> in the output.</summary>
    public ImmutableDictionary<string, ThemeFile> Assets { get; }

    public bool HasTemplate(string name) => _templates.ContainsKey(name);

    public IEnumerable<Template> Templates => _templates.Values;

    public Template? GetTemplate(string name) => _templates.GetValueOrDefault(name);

    /// <summary>Loads the built-in theme and overlays <paramref name="overrideFolder"/> when it exists.</summary>
    public static Theme Load(string? overrideFolder, string root, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, ThemeFile>(StringComparer.Ordinal);
        var assembly = typeof(Theme).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var relative = resource[ResourcePrefix.Length..].Replace('\\', '/');
            files[relative] = ThemeFile.FromResource(assembly, resource, "(built-in theme)/" + relative);
        }

        var builtInTemplates = files.Keys.Where(IsTemplate).Select(TemplateName).ToHashSet(StringComparer.Ordinal);
        var siteTemplates = new Dictionary<string, string>(StringComparer.Ordinal);

        if (overrideFolder is not null && (Directory.Exists(overrideFolder) || new DirectoryInfo(overrideFolder).LinkTarget is not null))
        {
            try
            {
                foreach (var path in FindThemeFiles(overrideFolder, root, diagnostics))
                {
                    var relative = Path.GetRelativePath(overrideFolder, path).Replace('\\', '/');
                    var file = ThemeFile.FromDisk(path, Path.GetRelativePath(root, path).Replace('\\', '/'));
                    files[relative] = file;
                    if (IsTemplate(relative))
                    {
                        siteTemplates[TemplateName(relative)] = file.DisplayPath;
                    }
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.File(Path.GetRelativePath(root, overrideFolder).Replace('\\', '/')),
                    $"the theme folder cannot be read: {error.Message}");
            }
        }

        var templates = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        var assets = ImmutableDictionary.CreateBuilder<string, ThemeFile>(StringComparer.Ordinal);
        var fingerprint = new System.IO.Hashing.XxHash128();
        foreach (var (relative, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            fingerprint.Append(System.Text.Encoding.UTF8.GetBytes(relative + "\n"));
            if (IsTemplate(relative))
            {
                string text;
                try
                {
                    var bytes = file.ReadBytes();
                    fingerprint.Append(System.IO.Hashing.XxHash64.Hash(bytes));
                    text = ThemeFile.Decode(bytes);
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.File(file.DisplayPath), $"the template cannot be read: {error.Message}");
                    continue;
                }

                var template = Template.Parse(text, file.DisplayPath);
                foreach (var message in template.Messages)
                {
                    var at = new SourceLocation(file.DisplayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                    var diagnostic = message.Type == ParserMessageType.Error
                        ? Diagnostic.Error(DiagnosticCodes.TemplateError, at, message.Message)
                        : Diagnostic.Warning(DiagnosticCodes.TemplateError, at, message.Message);
                    diagnostics.Add(diagnostic);
                }

                templates[TemplateName(relative)] = template;
            }
            else if (relative.StartsWith(AssetsFolder, StringComparison.Ordinal))
            {
                assets[relative[AssetsFolder.Length..]] = file;
                try
                {
                    fingerprint.Append(System.IO.Hashing.XxHash64.Hash(file.ReadBytes()));
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    // Copying the asset reports it; the fingerprint only has to differ from a readable file's.
                }
            }
        }

        UnusedTemplates.Report(templates, builtInTemplates, siteTemplates, diagnostics);
        return new Theme(templates.ToImmutable(), assets.ToImmutable(), Convert.ToHexString(fingerprint.GetCurrentHash()));
    }

    private static bool IsTemplate(string relative) => relative.StartsWith(TemplatesFolder, StringComparison.Ordinal);

    private static string TemplateName(string relative) => relative[TemplatesFolder.Length..];

    /// <summary>
    /// The site theme's files, found by walking the folders without following any symbolic link. An asset is
    /// copied into the site as it is, so a link (theme/assets/leak.txt -> /etc/hostname, easy to miss in a pull
    /// request's diff) would publish any file the build machine can read: each link is an error, and nothing is
    /// read through it, as with the records.
    /// </summary>
    private static List<string> FindThemeFiles(string themeFolder, string root, DiagnosticBag diagnostics)
    {
        static string Shown(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        const string Refused = "this is a symbolic link; a theme's files must be real files inside theme/, so nothing is read through it.";
        var files = new List<string>();
        var top = new DirectoryInfo(themeFolder);
        if (top.LinkTarget is not null)
        {
            diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.File(Shown(root, themeFolder)), Refused);
            return files;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        var folders = new Stack<DirectoryInfo>([top]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in folder.GetFileSystemInfos("*", options))
            {
                if (entry.LinkTarget is not null)
                {
                    diagnostics.Error(DiagnosticCodes.SymbolicLink, SourceLocation.File(Shown(root, entry.FullName)), Refused);
                }
                else if (entry is DirectoryInfo directory)
                {
                    folders.Push(directory);
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/');
        if (!_templates.ContainsKey(name))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"the theme has no template 'templates/{templateName}'.");
        }

        return name;
    }

    // Never reached: EscapingTemplateContext.CreateTemplate serves parsed templates. Kept correct for completeness.
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"template '{templatePath}' must be loaded through the theme.");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"template '{templatePath}' must be loaded through the theme.");
}

/// <summary>One file of a theme, built in or from the site's folder.</summary>
internal sealed class ThemeFile
{
    private readonly Func<byte[]> _read;

    private ThemeFile(Func<byte[]> read, string displayPath)
    {
        _read = read;
        DisplayPath = displayPath;
    }

    /// <summary>Where the file came from, as diagnostics show it.</summary>
    public string DisplayPath { get; }

    public byte[] ReadBytes() => _read();

    public string ReadText() => Decode(ReadBytes());

    public static string Decode(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    public static ThemeFile FromDisk(string path, string displayPath) => new(() => File.ReadAllBytes(path), displayPath);

    public static ThemeFile FromResource(Assembly assembly, string name, string displayPath) => new(() =>
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }, displayPath);
}
