using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Issue 14, the permission matrix extended to everything that changes state: every POST handler of every secured
/// page (found on the page models of the routing table's endpoints) and every API POST/PUT/PATCH/DELETE endpoint is
/// posted with a valid antiforgery token of the same session, as every built-in role, anonymously and with another
/// site's session. Where the permission (the page's plus the handler's own) is missing the answer is 403, or sign-in /
/// 401, and the site's database and registry entry are unchanged; where it is held the answer is never 403 or 5xx.
/// </summary>
public abstract class PostPermissionMatrixTests(SecurityFixture fixture)
{
    private Task<IReadOnlyList<SecuredHandler>> HandlersAsync()
        => SecuredHandler.DiscoverAsync(fixture.Factory.Get<EndpointDataSource>(), fixture.Factory.Get<PageLoader>());

    [Fact]
    public async Task EveryPostHandler_IsFound_WithTheHandlersOwnPermission()
    {
        var handlers = (await HandlersAsync()).ToDictionary(h => h.ToString(), h => h.Permissions, StringComparer.Ordinal);
        Assert.Equal(["site.events"], handlers["POST admin/events?handler=Retry"]);
        Assert.Equal(["policies.manage", "policies.administer"], handlers["POST admin/policies?handler=Rebuild"]);
        Assert.Equal(["policies.report"], handlers["POST admin/policies/search-report?handler=Ask"]);
        Assert.Equal(["policies.administer"], handlers["POST admin/policies/synonyms"]);
        Assert.Equal(["policies.administer"], handlers["POST admin/policies/import"]);
        Assert.Equal(["policies.manage"], handlers["POST admin/policies/edit/{id:long?}?handler=Publish"]);
        Assert.Equal(["users.manage"], handlers["POST admin/users/edit/{id?}?handler=ResetPassword"]);
        Assert.Equal(["roles.manage"], handlers["POST admin/roles/assign?handler=ResetPassword"]);
        Assert.Equal(["healthcare.records.view", "healthcare.records.edit"], handlers["POST healthcare/records/edit/{id:int?}?handler=Reveal"]);
    }

    [Fact]
    public async Task EveryRole_IsRefusedExactlyTheHandlersItLacks_AndARefusalChangesNothing()
    {
        var county = fixture.County;
        var shell = await ShellAsync(county);
        var handlers = await HandlersAsync();
        var failures = new List<string>();
        var permitted = new List<(string Account, SecuredHandler Handler)>();
        foreach (var (account, role) in SecurityFixture.Accounts.Append(await ClerkOfPoliciesAsync()))
        {
            var granted = await RolePermissions.OfAsync(fixture.Factory, county, role);
            using var browser = await Browser.SignedInAsync(fixture.Factory, county, account, SecurityFixture.Password);
            var token = Browser.Token(await browser.GetStringAsync($"/{county}/account/password"));
            var before = await SiteFingerprint.TakeAsync(fixture.Factory, county);
            foreach (var handler in handlers)
            {
                var expected = FeatureOff(shell, handler) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
                if (expected == HttpStatusCode.Forbidden && handler.Permissions.All(granted.Contains))
                {
                    permitted.Add((account, handler)); // posted below, after every refusal was checked
                    continue;
                }

                var response = await PostAsync(browser, handler.PathIn(county), token);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{account} ({role}) {handler}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }

            failures.AddRange(SiteFingerprint.Differences(before, await SiteFingerprint.TakeAsync(fixture.Factory, county)).Select(d => $"{account} ({role}): refused posts changed {d}"));
        }

        // Holding the permission: anything but a refusal or a server error (an empty form may well be a 200 with errors).
        foreach (var group in permitted.GroupBy(p => p.Account))
        {
            using var browser = await Browser.SignedInAsync(fixture.Factory, county, group.Key, SecurityFixture.Password);
            var token = Browser.Token(await browser.GetStringAsync($"/{county}/account/password"));
            foreach (var (_, handler) in group)
            {
                var response = await PostAsync(browser, handler.PathIn(county), token);
                if (response.StatusCode == HttpStatusCode.Forbidden || (int)response.StatusCode >= 500)
                {
                    failures.Add($"{group.Key} {handler}: holds {string.Join(", ", handler.Permissions)} but got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Contains(permitted, p => p.Account == "editor" && p.Handler.ToString() == "POST admin/policies?handler=Rebuild");
        Assert.Contains(permitted, p => p.Account.StartsWith("luru", StringComparison.Ordinal) && p.Handler.ToString() == "POST admin/policies/edit/{id:long?}?handler=Publish");
        Assert.DoesNotContain(permitted, p => p.Account.StartsWith("luru", StringComparison.Ordinal) && p.Handler.ToString() == "POST admin/policies?handler=Rebuild");
        Assert.DoesNotContain(permitted, p => p.Account == "auditor" && p.Handler.Page.Pattern.StartsWith("admin/policies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_AndAnotherSitesSession_AreSentToSignIn_OrGet401_AndChangeNothing()
    {
        var county = fixture.County;
        var shell = await ShellAsync(county);
        var replayed = await Browser.SessionCookieAsync(fixture.Factory, fixture.Sibling, "clerk", "Xiling#2024");
        Assert.NotEmpty(replayed);
        var failures = new List<string>();
        foreach (var session in new[] { null, replayed })
        {
            var who = session is null ? "anonymous" : "sibling's clerk";
            using var browser = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            var before = await SiteFingerprint.TakeAsync(fixture.Factory, county);
            foreach (var handler in await HandlersAsync())
            {
                using var request = new HttpRequestMessage(new HttpMethod(handler.Method), handler.PathIn(county))
                {
                    // No antiforgery token: no anonymous page hands one out (the sign-in form has none, ADR 0037),
                    // and the session check must refuse before the token check is reached.
                    Content = new FormUrlEncodedContent(new Dictionary<string, string>()),
                };
                AddCookie(request, session);
                var response = await browser.SendAsync(request);
                var ok = FeatureOff(shell, handler) ? response.StatusCode == HttpStatusCode.NotFound
                    : handler.IsApi ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains($"/{county}/account/login", StringComparison.Ordinal);
                if (!ok)
                {
                    failures.Add($"{who} {handler}: got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }

            failures.AddRange(SiteFingerprint.Differences(before, await SiteFingerprint.TakeAsync(fixture.Factory, county)).Select(d => $"{who}: refused posts changed {d}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>A site-made role that manages documents but not the library: the rebuild handler's own permission is what refuses it.</summary>
    private async Task<KeyValuePair<string, string>> ClerkOfPoliciesAsync()
    {
        var account = TestRecipes.NewName("luru");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "roles", "tenant": "{{fixture.County}}", "roles": [ { "name": "政策录入", "permissions": ["admin.access", "policies.manage"] } ] },
              { "step": "users", "tenant": "{{fixture.County}}", "users": [ { "userName": "{{account}}", "displayName": "金晓光", "password": "{{SecurityFixture.Password}}", "roles": ["政策录入"] } ] }
            ] }
            """);
        return new(account, "政策录入");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string token)
        => await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    private static void AddCookie(HttpRequestMessage request, string? cookie)
    {
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
    }

    private static bool FeatureOff(TenantShell shell, SecuredHandler handler)
        => handler.Page.Feature is { } feature && !shell.HasFeature(feature);

    private async Task<TenantShell> ShellAsync(string tenant)
        => await fixture.Factory.Get<ShellHost>().GetAsync((await fixture.Factory.Get<TenantStore>().FindAsync(tenant))!);
}

public sealed class SqlitePostPermissionMatrixTests(SqliteSecurity fixture) : PostPermissionMatrixTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresPostPermissionMatrixTests(PostgresSecurity fixture) : PostPermissionMatrixTests(fixture), IClassFixture<PostgresSecurity>;
