namespace Portal.Core.Navigation;

/// <summary>
/// Public menu entries that a site's data decides rather than its features (the content module's columns).
/// Registered scoped by a module; asked only when the module's feature is on for the current site.
/// </summary>
public interface IPublicMenuSource
{
    /// <summary>The feature whose switch decides whether this source is asked.</summary>
    string FeatureId { get; }

    Task<IReadOnlyList<PublicMenuItem>> ItemsAsync(CancellationToken cancellationToken = default);
}
