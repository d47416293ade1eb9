namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>What an import or recipe line did to the item with its external id.</summary>
internal enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}
