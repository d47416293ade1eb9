using Portal.Core.Recipes;

namespace Portal.Modules.Users.Recipes;

public sealed class UsersStepModel : RecipeStepModel
{
    public List<UserModel> Users { get; set; } = [];

    public sealed class UserModel
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? PhoneNumber { get; set; }

        public List<string> Roles { get; set; } = [];

        /// <summary>Omit to have one generated and written to the initial-credentials file.</summary>
        public string? Password { get; set; }
    }
}
