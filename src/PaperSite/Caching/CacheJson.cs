using System.Text.Json.Serialization;

namespace PaperSite.Caching;

/// <summary>How cache entries become bytes: JSON, generated at compile time, so every member of a record is kept without a hand-written codec to fall behind it.</summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(CacheHeader))]
[JsonSerializable(typeof(CachedStat))]
[JsonSerializable(typeof(PaperSite.Model.Paper))]
[JsonSerializable(typeof(PaperSite.Diagnostics.Diagnostic))]
[JsonSerializable(typeof(CachedOutputFile))]
internal sealed partial class CacheJson : JsonSerializerContext;
