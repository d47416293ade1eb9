using System.Collections.Concurrent;
using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>
/// The sites a search covers: the current one, its city and its province, each only while it runs and
/// has the policy library on. Documents stay in their publisher's database and index: nothing is copied.
/// Siblings and children are never included.
/// </summary>
public sealed class PolicySources(TenantStore store, ShellHost shells)
{
    private const int MaxAncestors = 3;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, (Tenant? Tenant, long Until)> _tenants = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<PolicySource>> ChainAsync(TenantShell current, CancellationToken cancellationToken = default)
    {
        var sources = new List<PolicySource> { new(current, IsOwn: true) };
        var parent = current.Tenant.ParentName;
        for (var depth = 0; parent is not null && depth < MaxAncestors; depth++)
        {
            var tenant = await FindAsync(parent, cancellationToken);
            if (tenant is not { State: TenantState.Running })
            {
                break;
            }

            var shell = await shells.GetAsync(tenant, cancellationToken);
            if (shell.HasFeature(Manifest.Id))
            {
                sources.Add(new PolicySource(shell, IsOwn: false));
            }

            parent = tenant.ParentName;
        }

        return sources;
    }

    /// <summary>The ancestor named <paramref name="name"/>, or null when it is not one (a sibling, a stranger).</summary>
    public async Task<PolicySource?> FindAsync(TenantShell current, string? name, CancellationToken cancellationToken = default)
    {
        if (name is null || name == current.Name)
        {
            return new PolicySource(current, IsOwn: true);
        }

        var chain = await ChainAsync(current, cancellationToken);
        return chain.FirstOrDefault(s => s.Name == name);
    }

    /// <summary>层级 of the site: province at the root, then city, then county.</summary>
    public async Task<string> LevelAsync(TenantShell current, CancellationToken cancellationToken = default)
    {
        var depth = 0;
        var parent = current.Tenant.ParentName;
        while (parent is not null && depth < 5)
        {
            depth++;
            parent = (await FindAsync(parent, cancellationToken))?.ParentName;
        }

        return Domain.PolicyLevels.ForDepth(depth);
    }

    private async Task<Tenant?> FindAsync(string name, CancellationToken cancellationToken)
    {
        if (_tenants.TryGetValue(name, out var cached) && cached.Until > Environment.TickCount64)
        {
            return cached.Tenant;
        }

        var tenant = await store.FindAsync(name, cancellationToken);
        _tenants[name] = (tenant, Environment.TickCount64 + (long)CacheFor.TotalMilliseconds);
        return tenant;
    }
}
