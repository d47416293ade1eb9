using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Events;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;
using Portal.Core.Web;
using Portal.Modules.Content.Contracts;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Features.Columns;

/// <summary>The one write path of a site's columns (settings page, recipe step, importer) and of hidden shared items.</summary>
internal sealed partial class ColumnWriter(ContentDbContext db, TenantContext tenant, TenantHierarchy hierarchy, IAuditLog audit, TimeProvider clock, PublicPageEviction pages)
{
    public async Task<Column> SaveAsync(ColumnInput input, string user, CancellationToken cancellationToken = default)
    {
        var slug = input.Slug.Trim().ToLowerInvariant();
        var name = input.Name.Trim();
        if (!SlugPattern().IsMatch(slug))
        {
            throw new ContentException(nameof(input.Slug), "栏目网址只能用小写字母、数字和连字符（例如 news、notices），2 到 40 个字符。");
        }

        if (name.Length is 0 or > 20)
        {
            throw new ContentException(nameof(input.Name), "请填写栏目名称（最多 20 个字）。");
        }

        var sources = await SourcesAsync(input.Sources, cancellationToken);
        var column = input.Id == 0 ? new Column() : await db.Columns.Include(c => c.Sources).FirstOrDefaultAsync(c => c.Id == input.Id, cancellationToken)
            ?? throw new ContentException("", "这个栏目不存在。");
        if (input.Id != 0 && column.Version != input.Version)
        {
            throw new ContentException("", "这个栏目刚被其他人修改过，您的修改没有保存。请重新打开后再改。");
        }

        if (await db.Columns.AnyAsync(c => c.Slug == slug && c.Id != column.Id, cancellationToken))
        {
            throw new ContentException(nameof(input.Slug), $"已有网址为“{slug}”的栏目。");
        }

        column.Slug = slug;
        column.Name = name;
        column.Order = input.Order;
        column.RequiresReview = input.RequiresReview;
        column.InMenu = input.InMenu;
        column.Sources.RemoveAll(s => !sources.Contains((s.Site, s.ColumnSlug)));
        foreach (var (site, columnSlug) in sources.Where(s => !column.Sources.Any(c => c.Site == s.Site && c.ColumnSlug == s.Slug)))
        {
            column.Sources.Add(new ColumnSource { Site = site, ColumnSlug = columnSlug });
        }

        column.Version++;
        if (input.Id == 0)
        {
            db.Columns.Add(column);
        }

        try
        {
            db.Publish(new ContentColumnsChanged(slug, user), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentException("", "这个栏目刚被其他人修改过，您的修改没有保存。请重新打开后再改。");
        }

        await audit.WriteAsync(new AuditEntry(ContentAuditActions.Columns, $"栏目 {column.Name}（{column.Slug}）") { Detail = input.Id == 0 ? "新建" : "修改" }, cancellationToken);
        await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
        return column;
    }

    /// <summary>The importer's "created when missing": a column named after its slug, last in the menu.</summary>
    public async Task<(Column Column, bool Created)> FindOrCreateAsync(string slug, string user, CancellationToken cancellationToken = default)
    {
        var wanted = slug.Trim().ToLowerInvariant();
        return await db.Columns.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == wanted, cancellationToken) is { } found
            ? (found, false)
            : (await SaveAsync(new ColumnInput { Slug = wanted, Name = wanted.Length > 20 ? wanted[..20] : wanted, Order = 900 }, user, cancellationToken), true);
    }

    /// <summary>Hides (or shows again) an ancestor's shared item on this site.</summary>
    public async Task SetHiddenAsync(string site, long itemId, bool hidden, string user, CancellationToken cancellationToken = default)
    {
        var row = await db.HiddenShared.FirstOrDefaultAsync(h => h.Site == site && h.ItemId == itemId, cancellationToken);
        if (hidden && row is null)
        {
            db.HiddenShared.Add(new HiddenSharedItem { Site = site, ItemId = itemId, HiddenBy = user, HiddenUtc = clock.GetUtcNow().UtcDateTime });
        }
        else if (!hidden && row is not null)
        {
            db.HiddenShared.Remove(row);
        }
        else
        {
            return;
        }

        db.Publish(new ContentColumnsChanged("", user), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(ContentAuditActions.HideShared, $"{site} 共享内容 #{itemId}") { Detail = hidden ? "隐藏" : "恢复显示" }, cancellationToken);
        await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
    }

    /// <summary>Each "site/slug" line must name an ancestor of this site: a county never lists a sibling's items.</summary>
    private async Task<HashSet<(string Site, string Slug)>> SourcesAsync(string? lines, CancellationToken cancellationToken)
    {
        var found = new HashSet<(string, string)>();
        var ancestors = (await hierarchy.AncestorsAsync(tenant.RequiredShell.Name, cancellationToken)).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var line in (lines ?? "").Split(['\n', '\r', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('/', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !SlugPattern().IsMatch(parts[1].ToLowerInvariant()))
            {
                throw new ContentException(nameof(ColumnInput.Sources), $"“{line}”的写法不对：每行写“上级站点名/栏目网址”，例如 jiangsu/notices。");
            }

            if (!ancestors.Contains(parts[0]))
            {
                throw new ContentException(nameof(ColumnInput.Sources), $"“{parts[0]}”不是本站的上级站点，只能显示上级（市、省）共享的内容。");
            }

            found.Add((parts[0], parts[1].ToLowerInvariant()));
        }

        return found;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex SlugPattern();
}
