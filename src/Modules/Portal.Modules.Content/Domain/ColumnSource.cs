namespace Portal.Modules.Content.Domain;

/// <summary>An ancestor's column whose shared items this site's column also lists (read from the ancestor, never copied).</summary>
internal sealed class ColumnSource
{
    public long Id { get; set; }

    public long ColumnId { get; set; }

    /// <summary>The ancestor site's name (city or province).</summary>
    public string Site { get; set; } = "";

    public string ColumnSlug { get; set; } = "";
}
