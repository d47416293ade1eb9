namespace Portal.Core.Web;

/// <summary>Marks a page or endpoint served outside any tenant (the platform's own pages).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PlatformEndpointAttribute : Attribute;
