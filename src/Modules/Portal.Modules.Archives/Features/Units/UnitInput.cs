using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Features.Units;

/// <summary>One unit as the admin page or the recipe step gives it to <see cref="UnitWriter"/>.</summary>
internal sealed class UnitInput
{
    public int Id { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }

    public UnitType Type { get; set; } = UnitType.PartyAndGovernment;

    public int? ParentId { get; set; }

    public int SortOrder { get; set; }

    public static UnitInput From(Unit unit) => new()
    {
        Id = unit.Id,
        Version = unit.Version,
        Name = unit.Name,
        Code = unit.Code,
        Type = unit.Type,
        ParentId = unit.ParentId,
        SortOrder = unit.SortOrder,
    };
}
