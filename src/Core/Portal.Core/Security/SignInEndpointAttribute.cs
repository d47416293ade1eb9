namespace Portal.Core.Security;

/// <summary>Marks the sign-in page: its posts are rate-limited per IP and per posted user name.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignInEndpointAttribute : Attribute;
