using Portal.Core.Data;

namespace Portal.Modules.Policies.Persistence;

internal sealed class PoliciesSchema : ModuleSchema<PoliciesDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "policies";

    /// <summary>2: the body rendered to safe HTML when saved (ADR 0026); the indexing-task table, replaced by the event log (ADR 0028), dropped.</summary>
    public override int Version => 2;

    public override IReadOnlyList<SchemaUpgrade> Upgrades =>
    [
        new(1, provider => $"""
            ALTER TABLE policies_documents ADD COLUMN "BodyHtml" {(provider == DatabaseProvider.Sqlite ? "TEXT" : "text")} NULL;
            DROP TABLE IF EXISTS policies_indexing_tasks;
            """),
    ];
}
