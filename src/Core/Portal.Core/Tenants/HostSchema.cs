using Portal.Core.Data;

namespace Portal.Core.Tenants;

internal sealed class HostSchema : ModuleSchema<HostDbContext>
{
    public const string Id = "Portal.Host";

    public override string ModuleId => Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0015).</summary>
    public override string SchemaId => "host";
}
