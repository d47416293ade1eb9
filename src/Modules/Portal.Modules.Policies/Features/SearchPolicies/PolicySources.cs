using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>
/// The sites a search covers: the current one, its city and its province, each only while it runs and
/// has the policy library on. Documents stay in their publisher's database and index: nothing is copied.
/// Siblings and children are never included (Core's <see cref="AncestorSites"/>).
/// </summary>
internal sealed class PolicySources(TenantHierarchy hierarchy, AncestorSites ancestors)
{
    public async Task<IReadOnlyList<PolicySource>> ChainAsync(TenantShell current, CancellationToken cancellationToken = default)
        => [new(current, IsOwn: true), .. (await ancestors.WithFeatureAsync(current, Manifest.Id, cancellationToken)).Select(shell => new PolicySource(shell, IsOwn: false))];

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

    /// <summary>层级 of the site's own documents: province at the root, then city, then county.</summary>
    public async Task<string> LevelAsync(TenantShell current, CancellationToken cancellationToken = default)
        => PolicyLevels.For(await hierarchy.LevelAsync(current.Name, cancellationToken));
}
