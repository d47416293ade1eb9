using System.Text.RegularExpressions;
using Portal.Modules.Content.Features.WriteContent;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>
/// Every payload in every field that reaches a public page (title, subtitle, author, source, summary, body) and in a
/// column name: the column, article and home pages carry no script, event handler or script URL of the payload's.
/// </summary>
public abstract partial class ContentXssTests<TFixture>(TFixture fixture) : ContentTestBase<TFixture>(fixture)
    where TFixture : ContentFixture
{
    [Fact]
    public async Task Payloads_InEveryPublicField_AreNeitherExecutableNorLost()
    {
        Assert.True(XssPayloads.All.Count >= 30);
        var county = await Fixture.NewCountyAsync("xss");
        var browser = Fixture.Factory.CreateBrowser();
        await using (var scope = await Fixture.ScopeAsync(county))
        {
            var columns = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Portal.Modules.Content.Features.Columns.ColumnWriter>(scope.ServiceProvider);
            await columns.SaveAsync(new Portal.Modules.Content.Features.Columns.ColumnInput { Slug = "xss", Name = "<b onclick=x()>栏目" }, "bianji");
        }

        var pages = new List<string>();
        for (var i = 0; i < XssPayloads.All.Count; i++)
        {
            var payload = XssPayloads.All[i];
            var item = await SaveAsync(county, new ContentInput
            {
                Column = "xss", Title = "标题" + payload, Subtitle = payload, Author = Fit(payload, 60), Source = Fit(payload, 100), Summary = payload, Tags = Fit(payload, 200),
                Markdown = "正文第一段。\n\n" + payload,
            });
            await PublishAsync(county, item);
            var page = await browser.GetStringAsync($"/{county}/articles/{item.Id}");
            AssertInert(page, payload);
            // The sanitizer drops a disallowed element with what it holds: an unclosed one (<details>) would take the text after it, as a browser nests it.
            Assert.True(page.Contains("正文第一段。", StringComparison.Ordinal), $"the text around the payload was lost: {payload}");
            pages.Add(page);
        }

        AssertInert(await browser.GetStringAsync($"/{county}/columns/xss"), "column list");
        AssertInert(await browser.GetStringAsync($"/{county}/columns/xss?page=2"), "column list, page 2");
        AssertInert(await browser.GetStringAsync($"/{county}/"), "home");
    }

    [Theory]
    [InlineData("<p><img src=x onerror=alert(1)></p>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<iframe src=\"/x\"></iframe>")]
    public void Checker_FindsAnInjectionThatSurvived(string html)
        => Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertInert(html, "sample"));

    [Fact]
    public void Checker_AcceptsEncodedText_AndTheSitesOwnScripts()
        => AssertInert("<meta name=\"x\" content=\"&lt;img onerror=alert(1)&gt;\"><p>&lt;script&gt;</p><script src=\"/_content/Portal.Core/readaloud.js\" defer></script>", "sample");

    /// <summary>A short field (作者 60, 来源 100) gets the payload's first characters: a cut-off payload is an attack too.</summary>
    private static string Fit(string payload, int length) => payload.Length <= length ? payload : payload[..length];

    /// <summary>
    /// No element of the payload's making: the page's tags are read one by one with their attributes (text and quoted
    /// values are not markup): every script is the site's own file, no handler attribute, no script URL, nothing that
    /// loads or runs other content.
    /// </summary>
    internal static void AssertInert(string html, string what)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            Assert.False(Dangerous.Contains(name), $"{what}: an element that loads or runs content: {tag.Value}");
            if (name == "script")
            {
                Assert.True(OwnScript().IsMatch(tag.Value), $"{what}: a script that is not the site's own: {tag.Value}");
            }

            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                var value = System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value).Trim().ToLowerInvariant();
                Assert.False(attributeName.StartsWith("on", StringComparison.Ordinal), $"{what}: an event-handler attribute: {tag.Value}");
                Assert.False(attributeName == "http-equiv", $"{what}: a meta refresh: {tag.Value}");
                Assert.False(
                    UrlAttributes.Contains(attributeName) && (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:text/html", StringComparison.Ordinal)),
                    $"{what}: a script URL: {tag.Value}");
                Assert.False(attributeName == "style" && (value.Contains("javascript:", StringComparison.Ordinal) || value.Contains("expression(", StringComparison.Ordinal)), $"{what}: a script in a style: {tag.Value}");
            }
        }
    }

    private static readonly HashSet<string> Dangerous = ["iframe", "object", "embed", "svg", "math", "base", "marquee", "video", "audio", "details", "style", "frame", "frameset", "applet"];

    private static readonly HashSet<string> UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcdoc"];

    [GeneratedRegex("<(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<attributes>(?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>")]
    private static partial Regex Tag();

    [GeneratedRegex("(?<name>[^\\s=>/]+)(?:\\s*=\\s*(?:\"(?<value>[^\"]*)\"|'(?<value>[^']*)'|(?<value>[^\\s>]+)))?")]
    private static partial Regex Attribute();

    [GeneratedRegex("^<script src=\"/_content/[A-Za-z.]+/[a-z-]+\\.js\"( defer)?>$")]
    private static partial Regex OwnScript();
}

public sealed class SqliteContentXssTests(SqliteContent fixture) : ContentXssTests<SqliteContent>(fixture);

public sealed class PostgresContentXssTests(PostgresContent fixture) : ContentXssTests<PostgresContent>(fixture);
