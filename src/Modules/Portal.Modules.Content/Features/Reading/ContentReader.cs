using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;
using Portal.Core.Web;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>
/// The public side of content: a site's columns with its own published items and the items its ancestors share down
/// into them (read from the ancestor's own database, never copied; hidden ones left out). A sibling's items are never
/// reachable: only ancestors are sources, and only through a column this site chose.
/// </summary>
internal sealed class ContentReader(TenantContext tenant, AncestorSites ancestors, TenantScopeFactory scopes, PublishedContentCache cache, TimeProvider clock, IHttpContextAccessor http)
{
    public const int PageSize = 20;

    /// <summary>Bodies kept per site (a few MB of HTML); past it the kept ones are dropped and read again on demand.</summary>
    private const int MaxBodiesPerSite = 2000;

    /// <summary>
    /// This site and its running ancestors with content on, nearest first. A page that reads content (the menu in
    /// every header included) may show any of them, so a cached page is dropped when any of them publishes.
    /// </summary>
    public async Task<IReadOnlyList<ContentSource>> ChainAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ContentSource> chain = [new(tenant.RequiredShell, IsOwn: true), .. (await ancestors.WithFeatureAsync(tenant.RequiredShell, Manifest.Id, cancellationToken)).Select(s => new ContentSource(s, IsOwn: false))];
        if (http.HttpContext is { } context)
        {
            foreach (var source in chain.Skip(1))
            {
                PublicPageCache.DependsOn(context, source.Name);
            }
        }

        return chain;
    }

    /// <summary>The site's columns that have something to show, in order (the menu and the home page).</summary>
    public async Task<IReadOnlyList<(ColumnInfo Column, IReadOnlyList<ListedItem> Items)>> ColumnsAsync(CancellationToken cancellationToken = default)
    {
        var chain = await ChainAsync(cancellationToken);
        var own = await ContentOfAsync(chain[0], cancellationToken);
        var columns = new List<(ColumnInfo, IReadOnlyList<ListedItem>)>();
        foreach (var column in own.Columns)
        {
            var items = await ListAsync(chain, own, column, cancellationToken);
            if (items.Count > 0)
            {
                columns.Add((column, items));
            }
        }

        return columns;
    }

    public async Task<ColumnPage?> ColumnAsync(string slug, int page, CancellationToken cancellationToken = default)
    {
        var chain = await ChainAsync(cancellationToken);
        var own = await ContentOfAsync(chain[0], cancellationToken);
        if (own.Columns.FirstOrDefault(c => c.Slug == slug) is not { } column)
        {
            return null;
        }

        var items = await ListAsync(chain, own, column, cancellationToken);
        var pages = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pages);
        return new ColumnPage(column, [.. items.Skip((number - 1) * PageSize).Take(PageSize)], number, pages, items.Count);
    }

    /// <summary>An item of this site, or (with <paramref name="from"/>) an ancestor's shared item listed in one of this site's columns.</summary>
    public async Task<ItemPage?> ItemAsync(long id, string? from, CancellationToken cancellationToken = default)
    {
        var chain = await ChainAsync(cancellationToken);
        var own = await ContentOfAsync(chain[0], cancellationToken);
        var source = string.IsNullOrEmpty(from) || from == chain[0].Name ? chain[0] : chain.Skip(1).FirstOrDefault(s => s.Name == from);
        if (source is null)
        {
            return null;
        }

        var content = source.IsOwn ? own : await ContentOfAsync(source, cancellationToken);
        if (content.Find(id) is not { } item)
        {
            return null;
        }

        var column = source.IsOwn
            ? own.Columns.FirstOrDefault(c => c.Id == item.ColumnId)
            : item.SharedDown && !own.Hidden.Contains((source.Name, id)) ? own.Columns.FirstOrDefault(c => c.Sources.Contains((source.Name, item.ColumnSlug))) : null;
        if (column is null)
        {
            return null;
        }

        var body = await BodyAsync(source, content, item, cancellationToken);
        var list = await ListAsync(chain, own, column, cancellationToken);
        var at = list.ToList().FindIndex(l => l.Item.Id == id && l.Source.Name == source.Name);
        return new ItemPage(new ListedItem(item, source), body, column,
            at > 0 ? list[at - 1] : null, at >= 0 && at + 1 < list.Count ? list[at + 1] : null);
    }

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>A column's own items and its sources' shared ones, pinned first, then newest first.</summary>
    private async Task<IReadOnlyList<ListedItem>> ListAsync(IReadOnlyList<ContentSource> chain, SiteContent own, ColumnInfo column, CancellationToken cancellationToken)
    {
        var listed = own.Items.Where(i => i.ColumnId == column.Id).Select(i => new ListedItem(i, chain[0])).ToList();
        foreach (var (site, slug) in column.Sources)
        {
            if (chain.Skip(1).FirstOrDefault(s => s.Name == site) is not { } source)
            {
                continue; // no longer an ancestor, stopped, or content switched off there
            }

            var shared = await ContentOfAsync(source, cancellationToken);
            listed.AddRange(shared.Items.Where(i => i.ColumnSlug == slug && i.SharedDown && !own.Hidden.Contains((site, i.Id))).Select(i => new ListedItem(i, source)));
        }

        return [.. listed.OrderByDescending(l => l.Item.Pinned).ThenByDescending(l => l.Item.PublishedAt).ThenByDescending(l => l.Item.Id)];
    }

    public async Task<SiteContent> ContentOfAsync(ContentSource source, CancellationToken cancellationToken)
    {
        var slot = cache.For(source.Name);
        if (slot.Content is { } cached)
        {
            return cached;
        }

        await using var scope = scopes.Create(source.Shell);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var columns = await db.Columns.AsNoTracking().Include(c => c.Sources).OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var items = await (
            from i in db.Items.AsNoTracking()
            where i.PublishedNumber != null
            from r in db.Revisions.Where(r => r.ItemId == i.Id && r.Number == i.PublishedNumber)
            select new PublishedItem(i.Id, i.ColumnId, i.Column!.Slug, i.Kind, i.Title, r.Summary, i.PublishedAt ?? i.UpdatedUtc, i.Pinned, i.SharedDown, i.ValidUntil, r.Number))
            .ToListAsync(cancellationToken);
        var hidden = await db.HiddenShared.AsNoTracking().Select(h => new { h.Site, h.ItemId }).ToListAsync(cancellationToken);
        var content = new SiteContent(
            [.. columns.Select(c => new ColumnInfo(c.Id, c.Slug, c.Name, c.Order, c.InMenu, [.. c.Sources.Select(s => (s.Site, s.ColumnSlug))]))],
            [.. items.OrderByDescending(i => i.Pinned).ThenByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)],
            hidden.Select(h => (h.Site, h.ItemId)).ToHashSet());
        slot.Content = content;
        return content;
    }

    private async Task<PublishedBody> BodyAsync(ContentSource source, SiteContent content, PublishedItem item, CancellationToken cancellationToken)
    {
        if (content.Bodies.TryGetValue(item.Id, out var body))
        {
            return body;
        }

        await using var scope = scopes.Create(source.Shell);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        body = await db.Revisions.AsNoTracking().Where(r => r.ItemId == item.Id && r.Number == item.Number)
            .Select(r => new PublishedBody(r.Title, r.Subtitle, r.Author, r.Source, r.Summary, r.BodyHtml, r.Tags, r.CoverMediaId, r.AttachmentIds))
            .FirstAsync(cancellationToken);
        body = body with { Files = await MediaReferences.ResolveAsync(scope.ServiceProvider, source.Shell, http.HttpContext?.Request.PathBase.Value, body.CoverMediaId, body.AttachmentIds, cancellationToken) };
        if (content.Bodies.Count >= MaxBodiesPerSite)
        {
            content.Bodies.Clear(); // a crawler walking every article must not keep the whole archive in memory
        }

        content.Bodies.TryAdd(item.Id, body);
        return body;
    }
}
