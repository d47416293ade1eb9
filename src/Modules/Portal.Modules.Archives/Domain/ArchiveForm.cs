namespace Portal.Modules.Archives.Domain;

/// <summary>
/// A site's form for one <see cref="ArchiveCategory"/>. Its fields live in <see cref="ArchiveFormRevision"/>s: a
/// changed definition adds a revision, so a record written with an older one is still read with the labels, types and
/// sections it was written with.
/// </summary>
internal sealed class ArchiveForm
{
    public int Id { get; set; }

    /// <summary>The category's key (<see cref="ArchiveCategory.Key"/>): one form per category in a site.</summary>
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The revision new and edited records are written with.</summary>
    public int Revision { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public int Version { get; set; }
}
