using System.Collections.Immutable;
using PaperSite.Diagnostics;
using PaperSite.Model;
using PaperSite.Yaml;

namespace PaperSite.Loading;

/// <summary>Reads <c>input/site.yaml</c>. Its values are untrusted like records: they end up on every page.</summary>
internal static class SiteSettingsReader
{
    public static readonly ImmutableArray<string> KnownKeys = ["title", "base_url", "description", "language", "page_size", "feed_size", "feed_content", "tag_feed_size", "tag_feed_content", "home_size", "author_min_papers", "math_macros", "repo_url", "repo_branch"];

    public static SiteSettings? Read(ReadOnlySpan<byte> bytes, string path, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var settings = ReadUnchecked(bytes, path, baseUrlOverride, local);
        var problems = local.ToSortedList();
        diagnostics.AddRange(problems);
        return problems.Any(d => d.IsError) ? null : settings;
    }

    private static SiteSettings? ReadUnchecked(ReadOnlySpan<byte> bytes, string path, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentReader.Read(text, path, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(DiagnosticCodes.NotAMapping, SourceLocation.File(path), "site.yaml must be a mapping with at least title and base_url.");
            }

            return null;
        }

        var fields = new MappingFields(mapping, path, KnownKeys, diagnostics);
        var title = fields.Line("title", required: true);
        var baseUrl = baseUrlOverride is null ? ReadBaseUrl(fields) : ParseBaseUrl(baseUrlOverride, fields, SourceLocation.File("--base-url"));
        var language = fields.Line("language") ?? "en";
        if (!IsLanguageTag(language))
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(fields.Node("language")!),
                $"'language' must be a BCP 47 language tag such as en or pt-BR, got '{MappingFields.Shorten(language)}'.");
        }

        return new SiteSettings
        {
            Title = title ?? "",
            BaseUrl = baseUrl ?? new Uri("https://example.invalid/"),
            Description = fields.Line("description"),
            Language = language,
            PageSize = fields.WholeNumber("page_size", minimum: 1, maximum: 1000) ?? SiteSettings.DefaultPageSize,
            FeedSize = fields.WholeNumber("feed_size", minimum: 1, maximum: 10_000) ?? 50,
            TagFeedSize = fields.WholeNumber("tag_feed_size", minimum: 1, maximum: 10_000) ?? SiteSettings.DefaultTagFeedSize,
            HomeSize = fields.WholeNumber("home_size", minimum: 1, maximum: 1000) ?? 30,
            AuthorMinPapers = fields.WholeNumber("author_min_papers", minimum: 1, maximum: 1_000_000) ?? 2,
            FeedContent = ReadFeedContent(fields, "feed_content", FeedContent.Full),
            TagFeedContent = ReadFeedContent(fields, "tag_feed_content", FeedContent.Summary),
            MathMacros = MathMacroReader.Read(fields),
            RepoUrl = ReadRepoUrl(fields),
            RepoBranch = ReadRepoBranch(fields),
        };
    }

    /// <summary>A repository's web address: absolute http(s), no query or fragment; a final '/' or '.git' is dropped.</summary>
    private static Uri? ReadRepoUrl(MappingFields fields)
    {
        var value = fields.Text("repo_url");
        if (value is null)
        {
            return null;
        }

        if (Identifiers.IsWebUrl(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.AbsolutePath.Trim('/').Length > 0)
        {
            var text = uri.AbsoluteUri.TrimEnd('/');
            return new Uri(text.EndsWith(".git", StringComparison.Ordinal) ? text[..^4] : text);
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(fields.Node("repo_url")!),
            $"'repo_url' must be the repository's web address such as https://github.com/owner/archive, got '{MappingFields.Shorten(value)}'.");
        return null;
    }

    /// <summary>A branch name as git allows it, kept to characters that need no escaping in a URL path.</summary>
    private static string ReadRepoBranch(MappingFields fields)
    {
        var value = fields.Line("repo_branch");
        if (value is null)
        {
            return "main";
        }

        var valid = value.Length <= 100 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/') &&
            !value.StartsWith('/') && !value.EndsWith('/') && !value.Contains("..", StringComparison.Ordinal) && !value.Contains("//", StringComparison.Ordinal);
        if (valid)
        {
            return value;
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(fields.Node("repo_branch")!),
            $"'repo_branch' must be a branch name of letters, digits, '-', '_', '.' and '/', such as main, got '{MappingFields.Shorten(value)}'.");
        return "main";
    }

    private static FeedContent ReadFeedContent(MappingFields fields, string key, FeedContent fallback)
    {
        switch (fields.Line(key))
        {
            case null:
                return fallback;
            case "full":
                return FeedContent.Full;
            case "summary":
                return FeedContent.Summary;
            case var other:
                fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, fields.At(fields.Node(key)!),
                    $"'{key}' must be full or summary, got '{MappingFields.Shorten(other)}'.");
                return fallback;
        }
    }

    private static Uri? ReadBaseUrl(MappingFields fields)
    {
        var value = fields.RequiredText("base_url");
        return value is null ? null : ParseBaseUrl(value, fields, fields.At(fields.Node("base_url")!));
    }

    /// <summary>
    /// An absolute http(s) URL without query or fragment; a missing final '/' is added, as its path is a folder.
    /// Its path must be plain segments: every internal link starts with it, and one that reads as "//host" sends
    /// every reader of the site to that host.
    /// </summary>
    private static Uri? ParseBaseUrl(string value, MappingFields fields, SourceLocation at)
    {
        if (Identifiers.IsWebUrl(value) && BaseUrlPath.FindProblem(value) is { } problem)
        {
            fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, at,
                $"'base_url' cannot be used: {problem}, which could make every link on the site lead to another host; got '{MappingFields.Shorten(value)}'.");
            return null;
        }

        if (Identifiers.IsWebUrl(value) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Query.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidSiteSetting, at,
            $"'base_url' must be an absolute http or https URL such as https://user.github.io/repo/, got '{MappingFields.Shorten(value)}'.");
        return null;
    }

    private static bool IsLanguageTag(string value) =>
        value.Length <= 35 && value.Split('-').All(part => part.Length is >= 1 and <= 8 && part.All(char.IsAsciiLetterOrDigit)) && char.IsAsciiLetter(value[0]);
}
