using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Security;

/// <summary>Signs in like a person would (a plain post of the sign-in form, ADR 0037) and posts forms with their antiforgery token.</summary>
public static partial class Browser
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>Posts the sign-in form, which carries no antiforgery token (ADR 0037); tenant "" on a site's own host.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string tenant, string user, string password)
        => await browser.PostAsync(tenant.Length == 0 ? "/account/login" : $"/{tenant}/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password }));

    /// <summary>A browser signed in to <paramref name="tenant"/>; fails the test when the sign-in does not go through.</summary>
    public static async Task<HttpClient> SignedInAsync(PortalFactory factory, string tenant, string user, string password)
    {
        var browser = factory.CreateBrowser();
        var response = await PostLoginAsync(browser, tenant, user, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {user} on {tenant} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return browser;
    }

    /// <summary>GETs the page for its antiforgery token, then posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await browser.GetStringAsync(formPage ?? path);
        fields["__RequestVerificationToken"] = Token(page);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The session cookie a sign-in sets, to replay it by hand against another site.</summary>
    public static async Task<string> SessionCookieAsync(PortalFactory factory, string tenant, string user, string password)
    {
        // The sign-in form carries no antiforgery token (a cached public page, ADR 0037): a plain post, as a form would.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var signedIn = await client.PostAsync($"/{tenant}/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password }));
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".portal.session", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }

    /// <summary>
    /// The antiforgery pair (form token, cookie) of a session replayed by hand, from a form every signed-in
    /// account has (the password page).
    /// </summary>
    public static async Task<(string Token, string Cookie)> FormTokenAsync(HttpClient client, string tenant, string session)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/{tenant}/account/password");
        get.Headers.Add("Cookie", session);
        var page = await client.SendAsync(get);
        page.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        return (Token(await page.Content.ReadAsStringAsync()), cookie);
    }
}
