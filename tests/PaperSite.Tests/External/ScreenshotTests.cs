using Microsoft.Playwright;
using PaperSite.Testing;

namespace PaperSite.Tests.External;

/// <summary>
/// Screenshots of the sample site's home, a paper and a week, light and dark, on a desktop and a phone. Each must
/// fit the screen's width (nothing scrolls sideways on a phone). With <c>PAPERSITE_SCREENSHOTS</c> naming a folder,
/// the pictures are kept there: that is how <c>docs/screenshots/</c> is made.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class ScreenshotTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    public static TheoryData<string, string, string> Shots()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, path) in new[] { ("home", ""), ("paper", "papers/are-neural-ranking-models-robust/"), ("week", "weeks/2025-W41/") })
        {
            foreach (var scheme in new[] { "light", "dark" })
            {
                foreach (var device in new[] { "desktop", "phone" })
                {
                    data.Add($"{name}-{scheme}-{device}", path, scheme + " " + device);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Page_fits_the_screen_and_is_photographed(string name, string path, string setup)
    {
        var phone = setup.EndsWith("phone", StringComparison.Ordinal);
        await using var browser = await BrowserHarness.LaunchAsync();
        var page = await BrowserHarness.OpenAsync(browser, sample.Output, "/archive/", new BrowserNewContextOptions
        {
            ColorScheme = setup.StartsWith("dark", StringComparison.Ordinal) ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = phone ? 2 : 1,
            IsMobile = phone,
            HasTouch = phone,
        });
        await page.GotoAsync(SampleSiteFixture.BaseUrl + path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow} px");
        var picture = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        Assert.True(picture.Length > 10_000 && picture.AsSpan(0, 4).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47]), $"{name} is not a picture of a page");

        if (Environment.GetEnvironmentVariable("PAPERSITE_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".png"), picture);
        }
    }
}
