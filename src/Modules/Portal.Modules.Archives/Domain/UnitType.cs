namespace Portal.Modules.Archives.Domain;

/// <summary>The kinds of 单位 the statistics count by (机关/事业/企业 …). Stored by name: never rename a member.</summary>
internal enum UnitType
{
    PartyAndGovernment = 1,
    PublicInstitution = 2,
    StateEnterprise = 3,
    MassOrganization = 4,
    Other = 9,
}
