using PaperSite.Pipeline;
using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>The repository's sample archive, built once into a temporary folder for the outside checkers.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    /// <summary>A host no request ever leaves the machine for: the browser tests answer it from the output folder.</summary>
    public const string BaseUrl = "http://papersite.test/archive/";

    public SampleSiteFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "papersite-sample-" + Guid.NewGuid().ToString("N"), "output");
        Result = SiteBuilder.Build(new BuildOptions { Root = RepositoryPaths.SampleSite, OutputFolder = Output, BaseUrl = BaseUrl });
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
}
