using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Tenants;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Requests every admin page and API (found in the routing table) as each built-in role, anonymously and
/// with another site's session, and checks 200 / 403 / 404 / sign-in against the permissions each endpoint
/// declares and each role holds in the site's database. What changes state (every POST handler) is posted by
/// <see cref="PostPermissionMatrixTests"/>.
/// </summary>
public abstract partial class PermissionMatrixTests(SecurityFixture fixture)
{
    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    private IReadOnlyList<SecuredEndpoint> Endpoints => SecuredEndpoint.Discover(fixture.Factory.Get<EndpointDataSource>());

    [Fact]
    public void EveryAdminAndApiEndpoint_DeclaresItsPermission_OrIsExplicitlyAnonymous()
    {
        var endpoints = Endpoints;
        Assert.Contains(endpoints, e => e.Pattern == "admin/audit");
        Assert.Contains(endpoints, e => e.Pattern == "api/audit/entries");
        Assert.Contains(endpoints, e => e.Pattern.StartsWith("healthcare/records", StringComparison.Ordinal));
        Assert.Contains(endpoints, e => e.Pattern == "admin/policies/search-report" && e.Permissions.Contains("policies.report"));
        Assert.Contains(endpoints, e => e.Pattern == "api/policies/suggest" && e.Anonymous);
        Assert.Empty(endpoints.Where(e => !e.Declared).Select(e => e.Pattern));
    }

    [Fact]
    public async Task EveryRole_GetsExactlyWhatItsPermissionsAllow_OnTheCounty()
    {
        var county = fixture.County;
        var shell = await ShellAsync(county);
        var failures = new List<string>();
        foreach (var (account, role) in SecurityFixture.Accounts)
        {
            var granted = await RolePermissions.OfAsync(fixture.Factory, county, role);
            using var browser = await Browser.SignedInAsync(fixture.Factory, county, account, SecurityFixture.Password);
            foreach (var endpoint in Endpoints)
            {
                var expected = endpoint.Feature is { } feature && !shell.HasFeature(feature) ? HttpStatusCode.NotFound
                    : endpoint.Anonymous || endpoint.Permissions.All(granted.Contains) ? HttpStatusCode.OK
                    : HttpStatusCode.Forbidden;
                var response = await browser.GetAsync(endpoint.PathIn(county));
                if (response.StatusCode != expected)
                {
                    failures.Add($"{account} ({role}) GET {endpoint.PathIn(county)}: expected {(int)expected}, got {(int)response.StatusCode}");
                }
                else if (expected == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    failures.AddRange(FormsWithoutToken(await response.Content.ReadAsStringAsync()).Select(f => $"{account} {endpoint.Pattern}: post form without antiforgery token: {f}"));
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Anonymous_AndAnotherSitesSession_AreSentToSignIn_OrGet401FromTheApi()
    {
        var county = fixture.County;
        var shell = await ShellAsync(county);
        var replayed = await Browser.SessionCookieAsync(fixture.Factory, fixture.Sibling, "clerk", "Xiling#2024");
        Assert.NotEmpty(replayed);
        var failures = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => !e.Anonymous))
        {
            foreach (var cookie in new[] { null, replayed })
            {
                using var browser = fixture.Factory.CreateBrowser();
                using var request = new HttpRequestMessage(HttpMethod.Get, endpoint.PathIn(county));
                if (cookie is not null)
                {
                    request.Headers.Add("Cookie", cookie);
                }

                var response = await browser.SendAsync(request);
                var who = cookie is null ? "anonymous" : "sibling's clerk";
                var featureOff = endpoint.Feature is { } feature && !shell.HasFeature(feature);
                var ok = featureOff ? response.StatusCode == HttpStatusCode.NotFound
                    : endpoint.IsApi ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains($"/{county}/account/login", StringComparison.Ordinal);
                if (!ok)
                {
                    failures.Add($"{who} GET {endpoint.PathIn(county)}: got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Matrix_MatchesTheThreeAdministratorsDuties()
    {
        // Spot checks written by hand, so the generated matrix cannot pass by granting everything to everyone.
        var county = fixture.County;
        async Task<HttpStatusCode> StatusAsync(string account, string path)
        {
            using var browser = await Browser.SignedInAsync(fixture.Factory, county, account, SecurityFixture.Password);
            return (await browser.GetAsync($"/{county}/{path}")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync("auditor", "admin/audit"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("auditor", "admin/users"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("auditor", "admin/features"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("sysadmin", "admin/audit"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("sysadmin", "admin/roles"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("sysadmin", "admin/features"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("secadmin", "admin/roles"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("secadmin", "admin/users"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("retiree", "admin"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("clerk", "healthcare/records"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("editor", "healthcare/records"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync("sysadmin", "admin/tenants"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("editor", "admin/policies/search-report"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("auditor", "admin/policies/search-report"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync("clerk", "admin/policies/search-report"));
    }

    [Fact]
    public async Task RootAdministrator_ManagesTenants_ButHasNoAccountInTheCounty()
    {
        using var root = await Browser.SignedInAsync(fixture.Factory, fixture.Province, "admin", "Sheng#2024ok");
        Assert.Equal(HttpStatusCode.OK, (await root.GetAsync($"/{fixture.Province}/admin/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await root.GetAsync($"/{fixture.Province}/healthcare/records")).StatusCode);

        // The province's session replayed on the county: no account there, so no personal record.
        var session = await Browser.SessionCookieAsync(fixture.Factory, fixture.Province, "admin", "Sheng#2024ok");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.County}/healthcare/records");
        request.Headers.Add("Cookie", session);
        var response = await fixture.Factory.CreateBrowser().SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        // And the county's own sign-in does not know the province's administrator.
        using var browser = fixture.Factory.CreateBrowser();
        var login = await Browser.PostLoginAsync(browser, fixture.County, "admin", "Sheng#2024ok");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("不正确", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> FormsWithoutToken(string html)
        => PostForm().Matches(html).Select(m => m.Value).Where(f => !f.Contains("__RequestVerificationToken", StringComparison.Ordinal)).Select(f => f[..Math.Min(80, f.Length)]);

    private async Task<TenantShell> ShellAsync(string tenant)
        => await fixture.Factory.Get<ShellHost>().GetAsync((await fixture.Factory.Get<TenantStore>().FindAsync(tenant))!);
}

public sealed class SqlitePermissionMatrixTests(SqliteSecurity fixture) : PermissionMatrixTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresPermissionMatrixTests(PostgresSecurity fixture) : PermissionMatrixTests(fixture), IClassFixture<PostgresSecurity>;
