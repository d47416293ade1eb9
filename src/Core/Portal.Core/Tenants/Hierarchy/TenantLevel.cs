namespace Portal.Core.Tenants.Hierarchy;

/// <summary>Where a site sits in the hierarchy of government: the root is the province.</summary>
public enum TenantLevel
{
    Province = 0,
    City = 1,
    County = 2,
}
