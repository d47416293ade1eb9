using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>
/// The suggestion list under the policy search box, in both themes, in normal and elder mode: the ARIA 1.2
/// combobox states, keyboard use (arrows, Enter, Escape), a screen-reader announcement, axe on the open list.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SuggestionTests(BrowserPortal portal)
{
    public static TheoryData<string, DisplayMode> SearchPages()
    {
        var data = new TheoryData<string, DisplayMode>();
        foreach (var theme in PublicPages.Themes.Keys)
        {
            data.Add($"policy-search@{theme}", DisplayMode.Standard);
            data.Add($"policy-search@{theme}", DisplayMode.Elder);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SearchPages))]
    public async Task Typing_OpensAnAccessibleList_ThatTheKeyboardDrives(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode);
        var page = tab.Page;
        var input = page.Locator("#policy-q");

        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        await input.FocusAsync();
        await page.Keyboard.TypeAsync("老年大学");
        var options = page.Locator("#policy-suggestions [role=option]");
        await options.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("policy-suggestions", await input.GetAttributeAsync("aria-controls"));
        Assert.Contains("条建议", await page.Locator("#policy-suggest-status").TextContentAsync() ?? "", StringComparison.Ordinal);
        var box = (await options.First.BoundingBoxAsync())!;
        Assert.True(box.Height >= (mode == DisplayMode.Elder ? 60 : 44), $"option height {box.Height}");

        await page.Keyboard.PressAsync("ArrowDown");
        var firstId = await options.First.GetAttributeAsync("id");
        Assert.Equal(firstId, await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await options.First.GetAttributeAsync("aria-selected"));
        Assert.Equal("policy-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        var axe = await page.RunAxe(AccessibilityTests.Wcag21AA);
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));

        await page.Keyboard.PressAsync("ArrowDown");
        await options.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/policies/\\d+"));
    }
}
