namespace Portal.Core.Security;

/// <summary>
/// Something a role can be granted, declared by the module that checks it (ModuleStartup.Permissions).
/// Names are stable identifiers ("site.features"); titles are what the security administrator reads.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The domain word is permission; a suffix rule meant for .NET permission types does not apply.")]
public sealed record Permission(string Name, string Title, string Category)
{
    /// <summary>Which of the three administrators (三员) this permission belongs to, if any.</summary>
    public AdministratorDuty Duty { get; init; }

    /// <summary>Built-in roles that hold it on a fresh site (see <see cref="PortalRoles"/>).</summary>
    public IReadOnlyList<string> DefaultRoles { get; init; } = [];

    /// <summary>Grants access to personal files: every use is written to the audit log, and it belongs to the personal-data duty.</summary>
    public bool PersonalData { get; init; }

    /// <summary>The duty the 三员分立 check counts: a permission that opens personal files is the personal-data duty.</summary>
    public AdministratorDuty EffectiveDuty => PersonalData ? AdministratorDuty.PersonalData : Duty;
}
