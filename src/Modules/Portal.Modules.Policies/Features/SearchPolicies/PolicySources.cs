using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>
/// The sites a search covers: the current one, its city and its province, each only while it runs and
/// has the policy library on. Documents stay in their publisher's database and index: nothing is copied.
/// Siblings and children are never included. The tree itself is Core's <see cref="TenantHierarchy"/>.
/// </summary>
internal sealed class PolicySources(TenantHierarchy hierarchy, ShellHost shells)
{
    public async Task<IReadOnlyList<PolicySource>> ChainAsync(TenantShell current, CancellationToken cancellationToken = default)
    {
        var sources = new List<PolicySource> { new(current, IsOwn: true) };
        foreach (var ancestor in await hierarchy.AncestorsAsync(current.Name, cancellationToken))
        {
            // A stopped ancestor cuts the chain: its own ancestors are reached only through it.
            if (ancestor.State != TenantState.Running)
            {
                break;
            }

            var shell = await shells.GetAsync(ancestor, cancellationToken);
            if (shell.HasFeature(Manifest.Id))
            {
                sources.Add(new PolicySource(shell, IsOwn: false));
            }
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

    /// <summary>层级 of the site's own documents: province at the root, then city, then county.</summary>
    public async Task<string> LevelAsync(TenantShell current, CancellationToken cancellationToken = default)
        => PolicyLevels.For(await hierarchy.LevelAsync(current.Name, cancellationToken));
}
