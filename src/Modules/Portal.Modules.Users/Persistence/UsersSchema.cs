using Portal.Core.Data;

namespace Portal.Modules.Users.Persistence;

internal sealed class UsersSchema : ModuleSchema<UsersDbContext>
{
    public override string ModuleId => Manifest.Id;
}
