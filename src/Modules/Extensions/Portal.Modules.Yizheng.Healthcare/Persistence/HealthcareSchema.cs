using Portal.Core.Data;

namespace Portal.Modules.Yizheng.Healthcare.Persistence;

internal sealed class HealthcareSchema : ModuleSchema<HealthcareDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>2: sealed 身份证号, phone and health note with their lookup hashes.</summary>
    public override int Version => 2;

    public override IReadOnlyList<SchemaUpgrade> Upgrades =>
    [
        new(1, provider =>
        {
            var text = provider == DatabaseProvider.Sqlite ? "TEXT" : "text";
            var hash = provider == DatabaseProvider.Sqlite ? "TEXT" : "character varying(64)";
            return $"""
                ALTER TABLE yizheng_healthcare_assignments ADD COLUMN "IdNumber" {text} NULL;
                ALTER TABLE yizheng_healthcare_assignments ADD COLUMN "IdNumberHash" {hash} NULL;
                ALTER TABLE yizheng_healthcare_assignments ADD COLUMN "Phone" {text} NULL;
                ALTER TABLE yizheng_healthcare_assignments ADD COLUMN "PhoneHash" {hash} NULL;
                ALTER TABLE yizheng_healthcare_assignments ADD COLUMN "HealthNoteSealed" {text} NULL;
                CREATE UNIQUE INDEX "IX_yizheng_healthcare_assignments_IdNumberHash" ON yizheng_healthcare_assignments ("IdNumberHash");
                CREATE INDEX "IX_yizheng_healthcare_assignments_PhoneHash" ON yizheng_healthcare_assignments ("PhoneHash");
                """;
        }),
    ];
}
