using Microsoft.AspNetCore.Identity;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.SignIn;

/// <summary>
/// 等保 2.0 口令复杂度: at least three of the four kinds (lowercase, uppercase, digits, symbols).
/// Identity's own options check the length (8).
/// </summary>
internal sealed class PasswordKindsValidator : IPasswordValidator<PortalUser>
{
    public const string Rule = "密码至少 8 位，并包含小写字母、大写字母、数字、符号中的至少三种。";

    public static bool IsStrongEnough(string password) => password.Length >= 8 && Kinds(password) >= 3;

    public static int Kinds(string password) =>
        (password.Any(char.IsAsciiLetterLower) ? 1 : 0) + (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
        + (password.Any(char.IsAsciiDigit) ? 1 : 0) + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
        => Task.FromResult(password is not null && Kinds(password) >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordKinds", Description = Rule }));
}
