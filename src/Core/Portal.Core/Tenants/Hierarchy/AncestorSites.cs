namespace Portal.Core.Tenants.Hierarchy;

/// <summary>
/// The running ancestors of a site (city, then province) that have a feature on: whose published content a
/// county shows without copying it (policy documents, news shared down). A stopped ancestor cuts the chain:
/// its own ancestors are reached only through it. Siblings and children are never included.
/// </summary>
public sealed class AncestorSites(TenantHierarchy hierarchy, ShellHost shells)
{
    public async Task<IReadOnlyList<TenantShell>> WithFeatureAsync(TenantShell current, string featureId, CancellationToken cancellationToken = default)
    {
        var found = new List<TenantShell>();
        foreach (var ancestor in await hierarchy.AncestorsAsync(current.Name, cancellationToken))
        {
            if (ancestor.State != TenantState.Running)
            {
                break;
            }

            var shell = await shells.GetAsync(ancestor, cancellationToken);
            if (shell.HasFeature(featureId))
            {
                found.Add(shell);
            }
        }

        return found;
    }
}
