namespace Portal.Core.Web;

/// <summary>Endpoint metadata: the endpoint exists for a tenant only while this feature is on.</summary>
public sealed record FeatureMetadata(string FeatureId);
