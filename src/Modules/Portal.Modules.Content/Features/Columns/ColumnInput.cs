namespace Portal.Modules.Content.Features.Columns;

internal sealed class ColumnInput
{
    public long Id { get; set; }

    public int Version { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public int Order { get; set; } = 100;

    public bool RequiresReview { get; set; }

    public bool InMenu { get; set; } = true;

    /// <summary>Ancestors' columns whose shared items this column lists, one "site/slug" a line (e.g. jiangsu/notices).</summary>
    public string? Sources { get; set; }
}
