namespace Portal.Modules.Content.Domain;

/// <summary>Where an item's newest version stands in a column's review step.</summary>
internal enum ReviewState
{
    None = 0,
    Submitted = 1,
    Returned = 2,
}
