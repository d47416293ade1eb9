using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Persistence;
using Portal.Modules.Policies.Search;
using Portal.Web.Tests.Policies;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>
/// The library page's kept search answers (hits and facet counts) are reused until the county or a site above it
/// edits a document; then the next search sees the edit (ADR 0033).
/// </summary>
public abstract class SearchAnswerCacheTests(PoliciesFixture fixture)
{
    [Fact]
    public async Task KeptAnswer_GoesWhenTheProvinceEditsADocument()
    {
        var request = new PolicySearchRequest { Query = "医疗待遇" };
        var first = await SearchInCountyAsync(request);
        Assert.Contains(PolicyTestRecipes.ProvinceTitle, Titles(first));
        Assert.True(await BecomesKeptAsync(request), "the county's answer was never kept");

        const string newTitle = "测试省离退休干部医疗待遇规定（2025年修订）";
        await RenameAsync(fixture.Province, "p-1", newTitle);

        Assert.Contains(newTitle, Titles(await SearchInCountyAsync(request)));
    }

    [Fact]
    public async Task KeptAnswer_GoesWhenTheCountyEditsItsOwnDocument()
    {
        var request = new PolicySearchRequest { Query = "老年大学" };
        var first = await SearchInCountyAsync(request);
        Assert.Contains(PolicyTestRecipes.CountyTitle, Titles(first));
        Assert.True(await BecomesKeptAsync(request), "the county's answer was never kept");

        const string newTitle = "东河县老年大学秋季招生简章";
        await RenameAsync(fixture.County, "d-1", newTitle);

        var after = Titles(await SearchInCountyAsync(request));
        Assert.Contains(newTitle, after);
        Assert.DoesNotContain(PolicyTestRecipes.CountyTitle, after);
    }

    [Fact]
    public async Task KeptAnswer_OfTheCounty_IsNotTheSiblingsAnswer()
    {
        var request = new PolicySearchRequest { Query = "书画展览" };
        Assert.DoesNotContain(PolicyTestRecipes.SiblingTitle, Titles(await SearchAsync(fixture.County, request)));
        Assert.Contains(PolicyTestRecipes.SiblingTitle, Titles(await SearchAsync(fixture.Sibling, request)));
        Assert.DoesNotContain(PolicyTestRecipes.SiblingTitle, Titles(await SearchAsync(fixture.County, request)));
    }

    /// <summary>
    /// Searches twice until the second answer is the first one kept: the background index catch-up of a new site
    /// may legitimately drop the kept answers between two searches.
    /// </summary>
    private async Task<bool> BecomesKeptAsync(PolicySearchRequest request)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        do
        {
            var first = await SearchInCountyAsync(request);
            if (ReferenceEquals(first.Result, (await SearchInCountyAsync(request)).Result))
            {
                return true;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        return false;
    }

    private Task<PolicySearchOutcome> SearchInCountyAsync(PolicySearchRequest request) => SearchAsync(fixture.County, request);

    private async Task<PolicySearchOutcome> SearchAsync(string site, PolicySearchRequest request)
    {
        await using var scope = await fixture.ScopeAsync(site);
        return await scope.ServiceProvider.GetRequiredService<LibrarySearch>().SearchAsync(request);
    }

    private static List<string> Titles(PolicySearchOutcome outcome) => [.. outcome.Result.Items.Select(hit => hit.Title)];

    private async Task RenameAsync(string site, string externalId, string title)
    {
        await using var scope = await fixture.ScopeAsync(site);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var input = PolicyInput.From(await db.Documents.AsNoTracking().FirstAsync(d => d.ExternalId == externalId));
        input.Title = title;
        await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(input, "admin");
    }
}

public sealed class SqliteSearchAnswerCacheTests(SqlitePolicies fixture) : SearchAnswerCacheTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresSearchAnswerCacheTests(PostgresPolicies fixture) : SearchAnswerCacheTests(fixture), IClassFixture<PostgresPolicies>;
