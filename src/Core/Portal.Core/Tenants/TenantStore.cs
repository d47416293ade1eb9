using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Core.Tenants;

/// <summary>
/// Reads and changes the tenant registry. Every change bumps the tenant's version (optimistic
/// concurrency) and appends to the change feed in the same transaction.
/// </summary>
public sealed class TenantStore(IDbContextFactory<HostDbContext> contexts, ModuleCatalog catalog, IOptions<PortalDataOptions> options, TimeProvider clock)
{
    public const string DefaultTheme = "Portal.Themes.Clear";

    public async Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
    }

    public async Task<Tenant?> FindByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Prefix == prefix, cancellationToken);
    }

    public async Task<Tenant?> FindByHostAsync(string host, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Hosts.Contains(host), cancellationToken);
    }

    /// <summary>One page of tenants in name order; the registry may hold thousands.</summary>
    public async Task<(IReadOnlyList<Tenant> Items, int Total)> ListAsync(int skip, int take, string? parent = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Tenants.AsNoTracking();
        if (parent is not null)
        {
            query = query.Where(t => t.ParentName == parent);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(t => t.Name).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Names of the direct children of <paramref name="parent"/>, in name order.</summary>
    public async Task<IReadOnlyList<string>> ChildNamesAsync(string parent, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tenants.AsNoTracking().Where(t => t.ParentName == parent).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(cancellationToken);
    }

    public async Task<Tenant> CreateAsync(TenantDraft draft, CancellationToken cancellationToken = default)
    {
        var error = TenantNameRules.CheckName(draft.Name)
            ?? (draft.Prefix is null ? null : TenantNameRules.CheckName(draft.Prefix, "网址前缀"))
            ?? draft.Hosts.Select(TenantNameRules.CheckHost).FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            throw new PortalException(error);
        }

        if (string.IsNullOrWhiteSpace(draft.DisplayName))
        {
            throw new PortalException("站点名称不能为空。");
        }

        var hosts = draft.Hosts.Select(h => h.ToLowerInvariant()).Distinct().ToList();
        var prefix = draft.Prefix ?? draft.Name;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Tenants.AnyAsync(t => t.Name == draft.Name, cancellationToken))
        {
            throw new PortalException($"站点标识“{draft.Name}”已被使用。");
        }

        if (prefix is not null && await db.Tenants.AnyAsync(t => t.Prefix == prefix, cancellationToken))
        {
            throw new PortalException($"网址前缀“{prefix}”已被其他站点使用。");
        }

        foreach (var host in hosts)
        {
            if (await db.Tenants.AnyAsync(t => t.Hosts.Contains(host), cancellationToken))
            {
                throw new PortalException($"域名“{host}”已被其他站点使用。");
            }
        }

        if (draft.Parent is not null && !await db.Tenants.AnyAsync(t => t.Name == draft.Parent, cancellationToken))
        {
            throw new PortalException($"上级站点“{draft.Parent}”不存在。");
        }

        if (draft.Server is not null && ((draft.Provider ?? options.Value.Provider) != DatabaseProvider.Postgres || !options.Value.PostgresServers.ContainsKey(draft.Server)))
        {
            throw new PortalException($"数据库服务器“{draft.Server}”未在配置中登记（Portal:PostgresServers:{draft.Server}），或站点未使用 PostgreSQL。");
        }

        var theme = draft.Theme ?? DefaultTheme;
        if (catalog.Find(theme) is not { Manifest.IsTheme: true })
        {
            throw new PortalException($"主题“{theme}”不存在。");
        }

        var features = draft.Features ?? catalog.Features.Where(m => m.Manifest.EnabledByDefault).Select(m => m.Id).ToList();
        foreach (var feature in features.Where(f => catalog.Find(f) is null))
        {
            throw new PortalException($"功能“{feature}”不存在。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var tenant = new Tenant
        {
            Name = draft.Name,
            DisplayName = draft.DisplayName.Trim(),
            Prefix = prefix,
            Hosts = hosts,
            ParentName = draft.Parent,
            State = TenantState.Uninitialized,
            DatabaseProvider = draft.Provider ?? options.Value.Provider,
            DatabaseServer = draft.Server,
            Theme = theme,
            Branding = new TenantBranding { SiteName = draft.DisplayName.Trim() },
            Features = [.. features.Distinct(StringComparer.OrdinalIgnoreCase)],
            CreatedUtc = now,
            UpdatedUtc = now,
            Version = 1,
        };
        db.Tenants.Add(tenant);
        db.Changes.Add(new HostChange { TenantName = tenant.Name, AtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await HostChangeChannel.NotifyAsync(db, cancellationToken);
        return tenant;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored tenant. With <paramref name="expectedVersion"/>,
    /// refuses when someone else changed the tenant since it was read.
    /// </summary>
    public async Task<Tenant> UpdateAsync(string name, Action<Tenant> change, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
            ?? throw new PortalException($"站点“{name}”不存在。");
        if (expectedVersion is not null && tenant.Version != expectedVersion)
        {
            throw new PortalException("该站点刚被其他人修改过，您的修改没有保存。请刷新页面后重新操作。");
        }

        change(tenant);
        tenant.Version++;
        tenant.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        db.Changes.Add(new HostChange { TenantName = tenant.Name, AtUtc = tenant.UpdatedUtc });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new PortalException("该站点刚被其他人修改过，您的修改没有保存。请刷新页面后重新操作。", exception);
        }

        await HostChangeChannel.NotifyAsync(db, cancellationToken);
        return tenant;
    }

    public async Task<long> LatestChangeIdAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
    }

    public async Task<IReadOnlyList<HostChange>> ChangesAfterAsync(long cursor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Changes.AsNoTracking().Where(c => c.Id > cursor).OrderBy(c => c.Id).Take(1000).ToListAsync(cancellationToken);
    }
}
