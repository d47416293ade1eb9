using Portal.Core.Data;

namespace Portal.Modules.Users.Persistence;

internal sealed class UsersSchema : ModuleSchema<UsersDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>2: sealed mobile number and its lookup hash (ADR 0016).</summary>
    public override int Version => 2;

    public override IReadOnlyList<SchemaUpgrade> Upgrades =>
    [
        new(1, provider => $"""
            ALTER TABLE "AspNetUsers" ADD COLUMN "PhoneNumberSealed" {(provider == DatabaseProvider.Sqlite ? "TEXT" : "text")} NULL;
            ALTER TABLE "AspNetUsers" ADD COLUMN "PhoneNumberHash" {(provider == DatabaseProvider.Sqlite ? "TEXT" : "character varying(64)")} NULL;
            CREATE INDEX "IX_AspNetUsers_PhoneNumberHash" ON "AspNetUsers" ("PhoneNumberHash");
            """),
    ];
}
