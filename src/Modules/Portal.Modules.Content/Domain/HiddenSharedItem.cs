namespace Portal.Modules.Content.Domain;

/// <summary>An ancestor's shared item this site chose not to show.</summary>
internal sealed class HiddenSharedItem
{
    public long Id { get; set; }

    public string Site { get; set; } = "";

    public long ItemId { get; set; }

    public string HiddenBy { get; set; } = "";

    public DateTime HiddenUtc { get; set; }
}
