namespace Portal.Modules.Content.Features.Reading;

internal sealed record ColumnInfo(long Id, string Slug, string Name, int Order, bool InMenu, IReadOnlyList<(string Site, string Slug)> Sources);
