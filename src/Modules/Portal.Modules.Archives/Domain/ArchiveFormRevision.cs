namespace Portal.Modules.Archives.Domain;

/// <summary>One version of a form's fields, never changed once written (records point at it).</summary>
internal sealed class ArchiveFormRevision
{
    public int Id { get; set; }

    public int FormId { get; set; }

    public int Revision { get; set; }

    /// <summary>The fields as JSON (<see cref="FormRules.Serialize"/>).</summary>
    public string Fields { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";
}
