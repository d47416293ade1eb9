using Portal.Core.Recipes;

namespace Portal.Modules.Users.Recipes;

internal sealed class RolesStepModel : RecipeStepModel
{
    public List<RoleModel> Roles { get; set; } = [];

    public sealed class RoleModel
    {
        public string? Name { get; set; }

        public List<string> Permissions { get; set; } = [];
    }
}
