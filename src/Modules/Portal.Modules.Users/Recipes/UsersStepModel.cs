using Portal.Core.Recipes;

namespace Portal.Modules.Users.Recipes;

internal sealed class UsersStepModel : RecipeStepModel
{
    public List<UserModel> Users { get; set; } = [];

    public sealed class UserModel
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        /// <summary>A mobile number: retirees may sign in with it instead of the user name.</summary>
        public string? PhoneNumber { get; set; }

        public List<string> Roles { get; set; } = [];

        /// <summary>单位 the account is bound to (信息员 see only these units' people).</summary>
        public List<string> Units { get; set; } = [];

        /// <summary>Omit to have one generated and written to the initial-credentials file.</summary>
        public string? Password { get; set; }
    }
}
