using Portal.Core.Data;

namespace Portal.Modules.Users.Persistence;

internal sealed class UsersSchema : ModuleSchema<UsersDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0015).</summary>
    public override string SchemaId => "users";
}
