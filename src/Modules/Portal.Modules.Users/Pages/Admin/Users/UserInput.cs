namespace Portal.Modules.Users.Pages.Admin.Users;

internal sealed class UserInput
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? PhoneNumber { get; set; }

    /// <summary>单位, one per line: the account sees only these units' people (unless granted 全部单位).</summary>
    public string? Units { get; set; }

    public string? ConcurrencyStamp { get; set; }
}
