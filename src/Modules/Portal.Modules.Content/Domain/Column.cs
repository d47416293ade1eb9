namespace Portal.Modules.Content.Domain;

/// <summary>A 栏目 of a site: its own items, and the shared items of the columns of the city or province it chose to show.</summary>
internal sealed class Column
{
    public long Id { get; set; }

    /// <summary>The URL word: /{prefix}/columns/{slug}. Lower-case letters, digits and hyphens.</summary>
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public int Order { get; set; } = 100;

    /// <summary>Items are submitted by an 编辑 and published by a 审核员.</summary>
    public bool RequiresReview { get; set; }

    public bool InMenu { get; set; } = true;

    public List<ColumnSource> Sources { get; set; } = [];

    public int Version { get; set; }
}
