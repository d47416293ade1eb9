namespace Portal.Modules.Content.Features.Reading;

/// <summary>An item's page: the item, its body, who published it, the column of this site that lists it, and its neighbours there.</summary>
internal sealed record ItemPage(ListedItem Listed, PublishedBody Body, ColumnInfo Column, ListedItem? Previous, ListedItem? Next);
