using Deque.AxeCore.Playwright;

namespace NewsSite.BrowserTests;

/// <summary>axe-core finds no serious or critical problem on the main page types, in either theme.</summary>
public class AccessibilityTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Pages { get; } = new()
    {
        { "/", "light" },
        { "/", "dark" },
        { "/local/harbour-authority-approves-night-ferry-trial", "light" },
        { "/local/harbour-authority-approves-night-ferry-trial", "dark" },
        { "/business", "light" },
        { "/business", "dark" },
        { "/author/maya-okafor", "dark" },
        { "/search?q=harbour", "light" },
        { "/search?q=harbour", "dark" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_accessibility_violations(string path, string theme)
    {
        var page = await site.NewPageAsync(theme);
        await page.GotoAsync(path);
        Assert.Equal(theme, await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
