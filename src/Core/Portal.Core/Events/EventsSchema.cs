using Portal.Core.Data;

namespace Portal.Core.Events;

/// <summary>Created in every site database, whatever its features: any module may publish.</summary>
internal sealed class EventsSchema : ModuleSchema<EventsDbContext>
{
    public override string ModuleId => SchemaMigrator.TenantCoreId;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "core.events";
}
