using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

[Collection(BrowserSuite.Name)]
public sealed class AccessibilityTests(BrowserPortal portal)
{
    public static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [MemberData(nameof(PublicPages.InAllModes), MemberType = typeof(PublicPages))]
    public async Task Axe_ReportsNoWcag21AAViolations(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode);

        var result = await tab.Page.RunAxe(Wcag21AA);

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        Assert.Empty(violations);
        Assert.NotEmpty(result.Passes);
    }
}
