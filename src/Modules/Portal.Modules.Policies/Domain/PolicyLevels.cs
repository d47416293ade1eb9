using Portal.Core.Tenants.Hierarchy;

namespace Portal.Modules.Policies.Domain;

/// <summary>层级 of a document: who issued it in the hierarchy of government.</summary>
internal static class PolicyLevels
{
    public const string Central = "中央";
    public const string Province = "省";
    public const string City = "市";
    public const string County = "县";

    public static IReadOnlyList<string> All { get; } = [Central, Province, City, County];

    /// <summary>The level a site's own documents carry.</summary>
    public static string For(TenantLevel level) => level switch
    {
        TenantLevel.Province => Province,
        TenantLevel.City => City,
        _ => County,
    };
}
