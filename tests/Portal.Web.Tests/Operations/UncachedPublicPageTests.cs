using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Persistence;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>
/// With the public-page cache switched off, the read caches behind the pages (published documents, search
/// answers) still never show an old copy: an edit shows on the very next request (ADR 0018, 0033).
/// </summary>
public abstract class UncachedPublicPageTests(PublishedSiteFixture fixture)
{
    [Fact]
    public async Task WithThePageCacheOff_AnEditShowsOnTheNextRequest()
    {
        var name = await fixture.NewSiteAsync();
        var id = await PublishedSiteFixture.InTenantAsync(fixture.Factory, name, async services =>
            (await services.GetRequiredService<PoliciesDbContext>().Documents.FirstAsync(d => d.ExternalId == "lh-1")).Id);
        using var reader = fixture.Factory.CreateBrowser();
        var pages = new[] { $"/{name}/policies/{id}", $"/{name}/policies", $"/{name}/policies?q=" + Uri.EscapeDataString("医药费") };
        await CacheProbe.WaitForTextAsync(reader, pages[1], PublishedSiteFixture.FirstTitle);
        foreach (var page in pages)
        {
            for (var view = 0; view < 2; view++)
            {
                using var response = await reader.GetAsync(page);
                Assert.Null(response.Headers.Age); // never from a page cache: the read caches answer behind the page
                Assert.Contains(PublishedSiteFixture.FirstTitle, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        const string newTitle = "临河县离休干部医药费报销办法（2025年修订）";
        await PublicPageCacheTests.RenameAsync(fixture.Factory, name, "lh-1", newTitle);

        foreach (var page in pages)
        {
            Assert.Contains(newTitle, await reader.GetStringAsync(page), StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteUncachedPublicPageTests(SqliteUncachedSite fixture) : UncachedPublicPageTests(fixture), IClassFixture<SqliteUncachedSite>;

public sealed class PostgresUncachedPublicPageTests(PostgresUncachedSite fixture) : UncachedPublicPageTests(fixture), IClassFixture<PostgresUncachedSite>;
