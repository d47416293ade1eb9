using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Tenants;
using Xunit;

namespace Portal.Web.Tests.Api;

/// <summary>
/// The anonymous API documents: the platform's with the site prefix as a path parameter, each site's with
/// its own base address and only the public APIs it has switched on, none with an admin API; valid by a
/// real OpenAPI validator (build/validate-openapi.mjs, @apidevtools/swagger-parser).
/// </summary>
public sealed class ApiDocumentTests(ApiDocumentsFixture fixture) : IClassFixture<ApiDocumentsFixture>
{
    private const string Search = "/api/policies/search";

    [Fact]
    public async Task PlatformDocument_ListsPublicApisUnderThePrefixParameter()
    {
        using var document = await GetAsync("/openapi/v1.json");
        var root = document.RootElement;

        Assert.Equal("http://localhost", root.GetProperty("servers")[0].GetProperty("url").GetString());
        var item = root.GetProperty("paths").GetProperty("/{prefix}" + Search);
        var prefix = item.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "prefix");
        Assert.Equal(("path", true), (prefix.GetProperty("in").GetString(), prefix.GetProperty("required").GetBoolean()));
        Assert.Contains("政策文件", item.GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.All(Paths(root), path => Assert.StartsWith("/{prefix}/api/", path, StringComparison.Ordinal));
    }

    /// <summary>Discovers every anonymous /api/ endpoint from the routing table: a module's new public API is documented without anyone listing it.</summary>
    [Fact]
    public async Task PlatformDocument_ListsEveryAnonymousApiEndpointOfEveryModule()
    {
        var open = fixture.Factory.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null || e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => "/{prefix}/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{([^}:=?]+)[^}]*\}", "{$1}"))
            .ToList();
        Assert.Contains("/{prefix}" + Search, open);

        using var document = await GetAsync("/openapi/v1.json");
        Assert.All(open, path => Assert.Contains(path, Paths(document.RootElement)));
    }

    [Fact]
    public async Task SiteDocument_HasTheSiteAsServer_AndPathsCallableFromIt()
    {
        using var document = await GetAsync($"/{fixture.County}/openapi/v1.json");
        var root = document.RootElement;
        var server = root.GetProperty("servers")[0].GetProperty("url").GetString();

        Assert.Equal($"http://localhost/{fixture.County}", server);
        Assert.Contains(Search, Paths(root));
        Assert.Contains("东河县", root.GetProperty("info").GetProperty("title").GetString(), StringComparison.Ordinal);

        // The document's own server plus path answers: what a mini-program developer would call.
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync(server + Search + "?q=" + Uri.EscapeDataString("离退休干部"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SiteDocument_OnTheSitesOwnHost_HasThatHostAsServer()
    {
        using var client = fixture.Factory.CreateBrowser($"{fixture.County}.example.gov.cn");
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Equal($"http://{fixture.County}.example.gov.cn", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Contains(Search, Paths(document.RootElement));
    }

    [Fact]
    public async Task SiteDocument_OmitsApisOfFeaturesTheSiteHasOff()
    {
        using var document = await GetAsync($"/{fixture.Sibling}/openapi/v1.json");

        Assert.DoesNotContain(Search, Paths(document.RootElement));
        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{fixture.Sibling}{Search}")).StatusCode);
    }

    /// <summary>Discovers every endpoint that needs a sign-in from the routing table (the audit API today) and checks that no anonymous document shows it.</summary>
    [Fact]
    public async Task NoAnonymousDocument_ListsAnEndpointThatNeedsSignIn()
    {
        var guarded = fixture.Factory.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("/api/audit/entries", guarded);

        foreach (var address in new[] { "/openapi/v1.json", $"/{fixture.County}/openapi/v1.json", $"/{fixture.Sibling}/openapi/v1.json" })
        {
            using var client = fixture.Factory.CreateBrowser();
            var text = await client.GetStringAsync(address);
            Assert.All(guarded, path => Assert.DoesNotContain(path, text, StringComparison.Ordinal));
            Assert.DoesNotContain("/display", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Documents_AreValid_ByTheOpenApiValidator()
    {
        var root = RepositoryRoot();
        var validator = Path.Combine(root, "node_modules", "@apidevtools", "swagger-parser");
        Assert.True(Directory.Exists(validator), $"The OpenAPI validator is not installed at {validator}: run npm ci at the repository root.");
        var folder = Path.Combine(root, "artifacts", "openapi");
        Directory.CreateDirectory(folder);
        using var client = fixture.Factory.CreateBrowser();
        var files = new List<string>();
        foreach (var (name, address) in new[] { ("platform", "/openapi/v1.json"), ("site", $"/{fixture.County}/openapi/v1.json"), ("site-without-policies", $"/{fixture.Sibling}/openapi/v1.json") })
        {
            var file = Path.Combine(folder, name + ".json");
            await File.WriteAllTextAsync(file, await client.GetStringAsync(address));
            files.Add(file);
        }

        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        info.ArgumentList.Add(Path.Combine(root, "build", "validate-openapi.mjs"));
        files.ForEach(info.ArgumentList.Add);
        using var node = Process.Start(info)!;
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, output);
        Assert.Equal(3, output.Split('\n').Count(line => line.StartsWith("valid OpenAPI 3.1", StringComparison.Ordinal)));
    }

    private async Task<JsonDocument> GetAsync(string address)
    {
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Paths(JsonElement root) => root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
