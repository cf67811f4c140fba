using System.Buffers.Binary;
using System.IO.Hashing;
using PaperSite.Model;
using PaperSite.Output;
using PaperSite.Pipeline;
using PaperSite.Rendering;

namespace PaperSite.Caching;

/// <summary>
/// What each output file is made from, as a hash. A page's bytes depend on the engine, the theme, the settings,
/// the site's view and the page's own job (template, format, address, page view and typed model, which holds the
/// views of the papers it shows and its neighbours' links); its fingerprint hashes exactly that state (see
/// <see cref="StateHash"/>), so a page whose fingerprint is unchanged would render to the same bytes. Files the
/// build has in hand (assets, the sitemap) are fingerprinted by their bytes.
/// </summary>
internal static class PageFingerprints
{
    /// <summary>The fingerprint of everything a whole build reads: when it is unchanged, so is every output file.</summary>
    /// <param name="strict">
    /// Part of the inputs because a no-change build reports no template warnings (nothing is rendered): after a build
    /// that warned, a <c>--strict</c> one must render again and fail, not pass for having nothing to do.
    /// </param>
    public static string Inputs(SiteSettings settings, string theme, RecordCache records, bool strict = false)
    {
        var hasher = new StateHash();
        var hash = new XxHash128();
        hasher.Append(hash, BuildCache.EngineVersion);
        hasher.Append(hash, strict ? "strict" : "lenient");
        hasher.Append(hash, theme);
        hasher.Append(hash, settings);
        foreach (var (path, content) in records.Contents())
        {
            hasher.Append(hash, path);
            hasher.Append(hash, content);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>Every planned page's fingerprint by its path in the output. A page whose model cannot be fingerprinted gets none, and is always rendered.</summary>
    public static Dictionary<string, string> OfPages(IReadOnlyList<PageJob> plan, SiteModel model, string theme)
    {
        // Each page's job and model, and each paper's view: about four objects worth remembering a page.
        var hasher = new StateHash(expected: plan.Count * 4);
        var site = new XxHash128();
        hasher.Append(site, BuildCache.EngineVersion);
        hasher.Append(site, theme);
        hasher.Append(site, model.Settings);
        hasher.Append(site, model.Site);
        var siteKey = new byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(siteKey, site.GetCurrentHashAsUInt128());

        var pages = new string?[plan.Count];
        Parallel.For(0, plan.Count, i =>
        {
            var job = plan[i];
            try
            {
                var hash = new XxHash128();
                hash.Append(siteKey);
                hasher.Append(hash, job.Template);
                hasher.Append(hash, job.Format);
                hasher.Append(hash, job.Address);
                hasher.Append(hash, job.Page);
                hasher.Append(hash, job.Model);
                pages[i] = Convert.ToHexString(hash.GetCurrentHash());
            }
            catch (NotSupportedException)
            {
                pages[i] = null;
            }
        });

        var fingerprints = new Dictionary<string, string>(plan.Count, StringComparer.Ordinal);
        for (var i = 0; i < plan.Count; i++)
        {
            if (pages[i] is { } fingerprint)
            {
                fingerprints[plan[i].OutputPath] = fingerprint;
            }
        }

        return fingerprints;
    }

    /// <summary>A site file's fingerprint: its content, and whether it is written compressed.</summary>
    public static string OfFile(SiteFile file) => (file.Gzip ? "gzip:" : "bytes:") + Convert.ToHexString(XxHash128.Hash(file.Content));
}
