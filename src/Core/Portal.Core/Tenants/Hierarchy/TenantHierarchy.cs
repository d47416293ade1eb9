using System.Collections.Concurrent;

namespace Portal.Core.Tenants.Hierarchy;

/// <summary>
/// The province > city > county tree of the registry: a site's ancestors, children and level.
/// Lookups are cached and forgotten when the registry's change feed names a tenant
/// (<see cref="RegistrySync"/> calls <see cref="Invalidate"/>), so there is no timer to wait for.
/// The tenants returned are shared snapshots: read them, never change them.
/// </summary>
public sealed class TenantHierarchy(TenantStore store)
{
    /// <summary>Deeper than a county is a loop or a mistake; the walk stops there.</summary>
    public const int MaxDepth = 5;

    private readonly ConcurrentDictionary<string, Tenant?> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _children = new(StringComparer.Ordinal);

    public async Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        if (_tenants.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var tenant = await store.FindAsync(name, cancellationToken);
        _tenants[name] = tenant;
        return tenant;
    }

    /// <summary>The parent, its parent … up to the root, nearest first; whatever their state.</summary>
    public async Task<IReadOnlyList<Tenant>> AncestorsAsync(string name, CancellationToken cancellationToken = default)
    {
        var ancestors = new List<Tenant>();
        var parent = (await FindAsync(name, cancellationToken))?.ParentName;
        while (parent is not null && ancestors.Count < MaxDepth && ancestors.All(a => a.Name != parent))
        {
            if (await FindAsync(parent, cancellationToken) is not { } tenant)
            {
                break;
            }

            ancestors.Add(tenant);
            parent = tenant.ParentName;
        }

        return ancestors;
    }

    /// <summary>The direct children in name order.</summary>
    public async Task<IReadOnlyList<Tenant>> ChildrenAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!_children.TryGetValue(name, out var names))
        {
            names = await store.ChildNamesAsync(name, cancellationToken);
            _children[name] = names;
        }

        var children = new List<Tenant>(names.Count);
        foreach (var child in names)
        {
            if (await FindAsync(child, cancellationToken) is { } tenant)
            {
                children.Add(tenant);
            }
        }

        return children;
    }

    public async Task<TenantLevel> LevelAsync(string name, CancellationToken cancellationToken = default)
        => ForDepth((await AncestorsAsync(name, cancellationToken)).Count);

    /// <summary>True when <paramref name="ancestor"/> is above <paramref name="name"/> in the tree.</summary>
    public async Task<bool> IsAncestorAsync(string ancestor, string name, CancellationToken cancellationToken = default)
        => (await AncestorsAsync(name, cancellationToken)).Any(a => a.Name == ancestor);

    public static TenantLevel ForDepth(int depth) => depth switch
    {
        0 => TenantLevel.Province,
        1 => TenantLevel.City,
        _ => TenantLevel.County,
    };

    /// <summary>
    /// Forgets what is known about <paramref name="name"/>. Any change may move a site to another
    /// parent, so every children list is dropped too (they are re-read on demand, one query each).
    /// </summary>
    public void Invalidate(string name)
    {
        _tenants.TryRemove(name, out _);
        _children.Clear();
    }
}
