namespace Portal.Modules.Content.Features.Reading;

internal sealed record ColumnPage(ColumnInfo Column, IReadOnlyList<ListedItem> Items, int PageNumber, int Pages, int Total);
