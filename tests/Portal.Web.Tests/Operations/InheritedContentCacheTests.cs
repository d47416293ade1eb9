using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Persistence;
using Portal.Web.Tests.Policies;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>A county's cached pages that show its province's documents go when the province edits one.</summary>
public abstract class InheritedContentCacheTests(PoliciesFixture fixture)
{
    [Fact]
    public async Task ProvinceEdit_EvictsTheCountysCachedSearchPage()
    {
        using var reader = fixture.Factory.CreateBrowser();
        var search = $"/{fixture.County}/policies?q=" + Uri.EscapeDataString("医疗待遇");
        Assert.Contains(PolicyTestRecipes.ProvinceTitle, await reader.GetStringAsync(search), StringComparison.Ordinal);
        Assert.True(await CacheProbe.BecomesCachedAsync(reader, search));

        const string newTitle = "测试省离退休干部医疗待遇规定（修订）";
        await using (var scope = await fixture.ScopeAsync(fixture.Province))
        {
            var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
            var input = PolicyInput.From(await db.Documents.AsNoTracking().FirstAsync(d => d.ExternalId == "p-1"));
            input.Title = newTitle;
            await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(input, "admin");
        }

        Assert.Contains(newTitle, await reader.GetStringAsync(search), StringComparison.Ordinal);
    }
}

public sealed class SqliteInheritedContentCacheTests(SqlitePolicies fixture) : InheritedContentCacheTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresInheritedContentCacheTests(PostgresPolicies fixture) : InheritedContentCacheTests(fixture), IClassFixture<PostgresPolicies>;
