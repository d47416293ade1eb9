namespace Portal.Modules.Archives.Domain;

internal static class UnitTypeText
{
    public static readonly IReadOnlyList<UnitType> All = [UnitType.PartyAndGovernment, UnitType.PublicInstitution, UnitType.StateEnterprise, UnitType.MassOrganization, UnitType.Other];

    public static string Label(this UnitType type) => type switch
    {
        UnitType.PartyAndGovernment => "党政机关",
        UnitType.PublicInstitution => "事业单位",
        UnitType.StateEnterprise => "国有企业",
        UnitType.MassOrganization => "人民团体",
        _ => "其他",
    };

    /// <summary>The label as a recipe or a spreadsheet writes it (also the short forms 机关/事业/企业); null when unknown.</summary>
    public static UnitType? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return All.Cast<UnitType?>().FirstOrDefault(t => t!.Value.Label() == trimmed) ?? trimmed switch
        {
            "机关" or "党政" => UnitType.PartyAndGovernment,
            "事业" => UnitType.PublicInstitution,
            "企业" or "国企" => UnitType.StateEnterprise,
            "团体" => UnitType.MassOrganization,
            _ => null,
        };
    }
}
