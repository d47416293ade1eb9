using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Features;

/// <summary>
/// 语速 without JavaScript: the links beside the read-aloud buttons set the display cookie and return the
/// reader to the page, which then marks the chosen speed; unset means 慢 in 长辈模式 and 正常 otherwise.
/// </summary>
public sealed partial class SpeechRateChoiceTests(SqliteHierarchy fixture) : IClassFixture<SqliteHierarchy>
{
    [Theory]
    [InlineData(null, "正常")]
    [InlineData("elder.t0", "慢")]
    [InlineData("elder.t1.r2", "快")]
    [InlineData("std.t0.r0", "慢")]
    public async Task ReadAloudBox_MarksTheSpeedOfTheCookie_SlowByDefaultInElderMode(string? cookie, string expected)
    {
        using var client = fixture.Factory.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.County}/healthcare");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", "portal-display=" + cookie);
        }

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal([expected], CurrentRate().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task RateLink_SetsTheCookieKeepingTheOtherChoices_AndReturnsToThePage()
    {
        using var client = fixture.Factory.CreateBrowser();
        var page = $"/{fixture.County}/healthcare";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.County}/display?rate=2&return={Uri.EscapeDataString(page)}");
        request.Headers.Add("Cookie", "portal-display=elder.t1");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal-display=", StringComparison.Ordinal));
        Assert.StartsWith("portal-display=elder.t1.r2;", setCookie, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"[^\"]*rate=\\d[^\"]*\" data-rate=\"\\d\" aria-current=\"true\">([^<]+)</a>")]
    private static partial Regex CurrentRate();
}
