namespace Portal.Core.Navigation;

/// <summary>
/// A block a module adds to its site's home page: the name of a partial view in the module's assembly
/// (e.g. "_LatestContent"), rendered in <see cref="Order"/> when the feature is on.
/// </summary>
public sealed record HomeSection(string PartialName, int Order = 100);
