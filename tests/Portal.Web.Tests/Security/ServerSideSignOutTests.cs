using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Outside review (issue 14), finding 4: signing out or changing the password ends every copy of the session
/// cookie at once — on this host and on a second host node over the same site databases.
/// </summary>
public abstract class ServerSideSignOutTests(TwoNodeSecurity fixture)
{
    private PortalFactory SecondNode => fixture.SecondNode;

    [Fact]
    public async Task SignOut_EndsACopiedCookie_OnBothNodes_ForGetsAndPosts()
    {
        var session = await Browser.SessionCookieAsync(fixture.Factory, fixture.County, "editor", SecurityFixture.Password);
        using var copy = Replay(fixture.Factory, session);
        using var otherNode = Replay(SecondNode, session);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync($"/{fixture.County}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherNode.GetAsync($"/{fixture.County}/admin")).StatusCode);

        // The form token is the signed-in account's, taken before sign-out: a post after it is refused by the
        // session check (the request is nobody's), not by a missing token.
        var form = await FormTokenAsync(fixture.Factory, session);
        await PostWithSessionAsync(fixture.Factory, session, form, $"/{fixture.County}/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync($"/{fixture.County}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await otherNode.GetAsync($"/{fixture.County}/admin")).StatusCode);
        var post = await PostWithSessionAsync(SecondNode, session, form, $"/{fixture.County}/account/keep-alive");
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.NotEqual(HttpStatusCode.NoContent, post.StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsEveryOtherCopy_ButKeepsTheSessionThatChangedIt()
    {
        var name = TestRecipes.NewName("gai");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "尤春梅", "password": "Gaimi#2024x", "roles": ["编辑"] } ] } ] }
            """);
        var elsewhere = await Browser.SessionCookieAsync(fixture.Factory, fixture.County, name, "Gaimi#2024x");
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, name, "Gaimi#2024x");
        var changed = await Browser.PostFormAsync(browser, $"/{fixture.County}/account/password", new() { ["Current"] = "Gaimi#2024x", ["Next"] = "Gaimi#2025y", ["Repeat"] = "Gaimi#2025y" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{fixture.County}/admin")).StatusCode);
        using var copy = Replay(SecondNode, elsewhere);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync($"/{fixture.County}/admin")).StatusCode);
    }

    private static HttpClient Replay(PortalFactory node, string cookie)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<(string Token, string Cookie)> FormTokenAsync(PortalFactory node, string session)
    {
        using var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        return await Browser.FormTokenAsync(client, fixture.County, session);
    }

    /// <summary>A form post made with the copied cookie alone, with the account's antiforgery pair.</summary>
    private static async Task<HttpResponseMessage> PostWithSessionAsync(PortalFactory node, string session, (string Token, string Cookie) form, string path)
    {
        using var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var post = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = form.Token }),
        };
        post.Headers.Add("Cookie", $"{session}; {form.Cookie}");
        return await client.SendAsync(post);
    }
}

public sealed class SqliteServerSideSignOutTests(SqliteTwoNodeSecurity fixture) : ServerSideSignOutTests(fixture), IClassFixture<SqliteTwoNodeSecurity>;

public sealed class PostgresServerSideSignOutTests(PostgresTwoNodeSecurity fixture) : ServerSideSignOutTests(fixture), IClassFixture<PostgresTwoNodeSecurity>;
