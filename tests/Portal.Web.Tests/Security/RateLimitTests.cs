using System.Net;
using Xunit;

namespace Portal.Web.Tests.Security;

public abstract class RateLimitTests(RateLimitFixture fixture)
{
    [Fact]
    public async Task SignIn_IsRateLimitedPerAccount_ThenPerIp()
    {
        using var browser = fixture.Factory.CreateBrowser();
        async Task<HttpStatusCode> TryAsync(string user) => (await browser.PostAsync($"/{fixture.County}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = "Wrong#2024x",
        }))).StatusCode;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await TryAsync("editor"));
        }

        var limited = await browser.PostAsync($"/{fixture.County}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "editor", ["Password"] = "Wrong#2024x",
        }));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("操作太频繁", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another account from the same address is still let in, until the address's own limit (6 a minute) is spent.
        Assert.Equal(HttpStatusCode.OK, await TryAsync("reviewer"));
        var statuses = new List<HttpStatusCode>();
        foreach (var user in new[] { "auditor", "secadmin", "sysadmin", "clerk" })
        {
            statuses.Add(await TryAsync(user));
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}

public sealed class SqliteRateLimitTests(SqliteRateLimit fixture) : RateLimitTests(fixture), IClassFixture<SqliteRateLimit>;

public sealed class PostgresRateLimitTests(PostgresRateLimit fixture) : RateLimitTests(fixture), IClassFixture<PostgresRateLimit>;
