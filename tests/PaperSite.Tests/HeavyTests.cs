namespace PaperSite.Tests;

/// <summary>
/// Tests that start real processes or a browser and wait on them: killed builds, concurrent builds,
/// a full disk, Chromium, the dev server. They run alone, after the rest, so a loaded 2-core machine
/// cannot starve one of them into a timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyTests
{
    public const string Name = "Processes and browsers";
}
