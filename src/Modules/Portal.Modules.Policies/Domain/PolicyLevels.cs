namespace Portal.Modules.Policies.Domain;

/// <summary>层级 of a document: who issued it in the hierarchy of government.</summary>
public static class PolicyLevels
{
    public const string Central = "中央";
    public const string Province = "省";
    public const string City = "市";
    public const string County = "县";

    public static IReadOnlyList<string> All { get; } = [Central, Province, City, County];

    /// <summary>The level of a site by its depth: the root is the province, then city, then county.</summary>
    public static string ForDepth(int depth) => depth switch
    {
        0 => Province,
        1 => City,
        _ => County,
    };
}
