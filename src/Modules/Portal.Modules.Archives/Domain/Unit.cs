namespace Portal.Modules.Archives.Domain;

/// <summary>
/// A 单位 of the site, in a tree (a bureau's 下属单位 under it). Its <see cref="Name"/> is what accounts are bound by
/// (the portal:unit claim, ADR 0041), so it is unique in the site; <see cref="Code"/> is the bureau's own code
/// (统一社会信用代码 or an internal number), unique too, and what imports match on.
/// </summary>
internal sealed class Unit
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Code { get; set; } = "";

    public UnitType Type { get; set; } = UnitType.PartyAndGovernment;

    public int? ParentId { get; set; }

    /// <summary>Position among its siblings (smaller first), as the bureau lists them.</summary>
    public int SortOrder { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency: two administrators editing the same unit never overwrite each other.</summary>
    public int Version { get; set; }
}
