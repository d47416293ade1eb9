using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.Synonyms;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Persistence;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>Anonymous public pages come from the output cache, and an edit shows on the very next request (ADR 0018).</summary>
public abstract class PublicPageCacheTests(PublishedSiteFixture fixture)
{
    [Fact]
    public async Task DocumentAndLibraryPages_AreCached_AndAnEditShowsOnTheNextRequest()
    {
        var name = await fixture.NewSiteAsync();
        var id = await InSiteAsync(fixture.Factory, name, async db => (await db.Documents.FirstAsync(d => d.ExternalId == "lh-1")).Id);
        using var reader = fixture.Factory.CreateBrowser();
        var document = $"/{name}/policies/{id}";
        var library = $"/{name}/policies";
        await CacheProbe.WaitForTextAsync(reader, library, PublishedSiteFixture.FirstTitle);
        foreach (var page in new[] { document, library })
        {
            Assert.True(await CacheProbe.BecomesCachedAsync(reader, page), $"{page} never came from the cache");
        }

        const string newTitle = "临河县离休干部医药费报销办法（2025年修订）";
        await RenameAsync(fixture.Factory, name, "lh-1", newTitle);

        Assert.Contains(newTitle, await reader.GetStringAsync(document), StringComparison.Ordinal);
        Assert.Contains(newTitle, await reader.GetStringAsync(library), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedSynonyms_ShowInACachedResultsPage_OnTheNextRequest()
    {
        var name = await fixture.NewSiteAsync();
        using var reader = fixture.Factory.CreateBrowser();
        await CacheProbe.WaitForTextAsync(reader, $"/{name}/policies", PublishedSiteFixture.FirstTitle);
        var results = $"/{name}/policies?q=" + Uri.EscapeDataString("诊疗费");
        Assert.DoesNotContain(PublishedSiteFixture.FirstTitle, await reader.GetStringAsync(results), StringComparison.Ordinal);
        Assert.True(await CacheProbe.BecomesCachedAsync(reader, results), $"{results} never came from the cache");

        await PublishedSiteFixture.InTenantAsync(fixture.Factory, name, async services =>
        {
            await services.GetRequiredService<SynonymWriter>().ReplaceAllAsync(["诊疗费 医药费"]);
            return true;
        });

        Assert.Contains(PublishedSiteFixture.FirstTitle, await reader.GetStringAsync(results), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInStaff_AreNeverServedTheAnonymousCopy()
    {
        var name = await fixture.NewSiteAsync();
        using var reader = fixture.Factory.CreateBrowser();
        await reader.GetAsync($"/{name}/policies");
        await reader.GetAsync($"/{name}/policies");
        using var editor = await Security.Browser.SignedInAsync(fixture.Factory, name, "bianji", PublishedSiteFixture.EditorPassword);
        var page = await editor.GetAsync($"/{name}/policies");
        Assert.Null(page.Headers.Age);
    }

    [Fact]
    public async Task PagesSeenBySignedInStaff_AreNeverKeptForAnonymousReaders()
    {
        var name = await fixture.NewSiteAsync();
        var library = $"/{name}/policies";
        using (var editor = await Security.Browser.SignedInAsync(fixture.Factory, name, "bianji", PublishedSiteFixture.EditorPassword))
        {
            for (var i = 0; i < 3; i++)
            {
                using var page = await editor.GetAsync(library);
                Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
                Assert.Null(page.Headers.Age);
            }
        }

        using var reader = fixture.Factory.CreateBrowser();
        using var first = await reader.GetAsync(library);
        Assert.Null(first.Headers.Age);
    }

    internal static async Task RenameAsync(PortalFactory factory, string site, string externalId, string title)
    {
        await PublishedSiteFixture.InTenantAsync(factory, site, async services =>
        {
            var db = services.GetRequiredService<PoliciesDbContext>();
            var input = PolicyInput.From(await db.Documents.AsNoTracking().FirstAsync(d => d.ExternalId == externalId));
            input.Title = title;
            return await services.GetRequiredService<PolicyWriter>().SaveAsync(input, "bianji");
        });
    }

    private static Task<T> InSiteAsync<T>(PortalFactory factory, string site, Func<PoliciesDbContext, Task<T>> read)
        => PublishedSiteFixture.InTenantAsync(factory, site, services => read(services.GetRequiredService<PoliciesDbContext>()));
}

public sealed class SqlitePublicPageCacheTests(SqliteSite fixture) : PublicPageCacheTests(fixture), IClassFixture<SqliteSite>;

public sealed class PostgresPublicPageCacheTests(PostgresSite fixture) : PublicPageCacheTests(fixture), IClassFixture<PostgresSite>;
