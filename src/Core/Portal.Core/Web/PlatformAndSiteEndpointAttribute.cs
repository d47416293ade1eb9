namespace Portal.Core.Web;

/// <summary>Marks an endpoint served both outside any tenant and inside every site (the API documents).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PlatformAndSiteEndpointAttribute : Attribute;
