namespace Portal.Core.Web;

/// <summary>
/// Marks an anonymous public page whose answers the public-page cache may keep (<see cref="PublicPageCache"/>,
/// ADR 0018 and 0032). A page with a form that carries an antiforgery token, or with personal data, must not have it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicPageAttribute : Attribute;
