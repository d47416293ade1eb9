namespace Portal.Core.Security;

/// <summary>Permissions that several modules check; declared by the Users module.</summary>
public static class CorePermissions
{
    /// <summary>Opens the back office at all. Every staff role has it; retirees do not.</summary>
    public const string AdminAccess = "admin.access";

    /// <summary>Sees the people of every 单位, not only the units the account is bound to.</summary>
    public const string AllUnits = "units.all";
}
