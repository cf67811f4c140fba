using System.Text.Json.Serialization;

namespace PaperSite.Caching;

/// <summary>How cache entries become bytes: JSON, generated at compile time, so every member of a record is kept without a hand-written codec to fall behind it.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(CacheHeader))]
[JsonSerializable(typeof(CachedStat))]
[JsonSerializable(typeof(PaperSite.Model.Paper))]
[JsonSerializable(typeof(PaperSite.Diagnostics.Diagnostic))]
[JsonSerializable(typeof(CachedOutputFile))]
internal sealed partial class CacheJson : JsonSerializerContext
{
    /// <summary>
    /// The context every cache file is written and read with. It escapes only what JSON itself requires: a cache
    /// file is never put in a page, and the default escapes for HTML (<c>\u003C</c> for each <c>&lt;</c> of an
    /// abstract's markup, six bytes for one) made the papers file larger and slower to read for no reader's sake.
    /// </summary>
    public static CacheJson Files { get; } = new(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
