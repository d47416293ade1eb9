using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Security;

/// <summary>Signs in like a person would (login page, antiforgery token, form post) and posts forms.</summary>
public static partial class Browser
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string tenant, string user, string password)
        => await PostFormAsync(browser, $"/{tenant}/account/login", new() { ["UserName"] = user, ["Password"] = password });

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
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync($"/{tenant}/account/login");
        var antiforgery = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/{tenant}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = Token(await page.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".portal.session", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }
}
