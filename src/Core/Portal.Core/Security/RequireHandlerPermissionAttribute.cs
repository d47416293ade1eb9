namespace Portal.Core.Security;

/// <summary>
/// A permission one Razor Pages handler needs on top of its page's <see cref="RequirePermissionAttribute"/> (for
/// example the index rebuild on the documents list). Razor Pages ignore authorization attributes on handler methods,
/// so <see cref="HandlerPermissionFilter"/> enforces this one; the permission matrix test reads it by reflection.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequireHandlerPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
