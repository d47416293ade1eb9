using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>What the content tests share: writing through the module's one writer inside a site, as its pages do.</summary>
public abstract class ContentTestBase<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ContentFixture
{
    protected TFixture Fixture => fixture;

    internal async Task<ContentItem> SaveAsync(string county, ContentInput input)
        => await WithWriterAsync(county, w => w.SaveAsync(input, "bianji"));

    internal async Task<ContentItem> PublishAsync(string county, ContentItem item)
    {
        await WithWriterAsync(county, w => w.PublishAsync(item.Id, item.Version, "bianji", null));
        return await FindAsync(county, item.Id);
    }

    internal async Task<ContentItem> EditAsync(string county, ContentItem item, string markdown)
        => await WithWriterAsync(county, w => w.SaveAsync(Input(item, markdown), "bianji"));

    internal static ContentInput Input(ContentItem item, string markdown)
        => new() { Id = item.Id, Version = item.Version, Column = item.Column?.Slug ?? "news", Title = item.Title, Markdown = markdown };

    internal async Task<ContentItem> FindAsync(string county, long id)
    {
        await using var scope = await fixture.ScopeAsync(county);
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.AsNoTracking().Include(i => i.Column).FirstAsync(i => i.Id == id);
    }

    internal async Task<T> WithWriterAsync<T>(string county, Func<ContentWriter, Task<T>> work)
    {
        await using var scope = await fixture.ScopeAsync(county);
        return await work(scope.ServiceProvider.GetRequiredService<ContentWriter>());
    }

    internal async Task WithWriterAsync(string county, Func<ContentWriter, Task> work)
    {
        await using var scope = await fixture.ScopeAsync(county);
        await work(scope.ServiceProvider.GetRequiredService<ContentWriter>());
    }
}
