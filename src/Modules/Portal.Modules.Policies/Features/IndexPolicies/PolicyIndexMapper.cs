using Portal.Core.Content;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>The database row, flattened for the engine.</summary>
internal static class PolicyIndexMapper
{
    public static PolicyIndexDocument ToIndex(PolicyDocument document, string tenant) => new()
    {
        Id = document.Id,
        Tenant = tenant,
        ExternalId = document.ExternalId,
        Title = document.Title,
        DocNumber = document.DocNumber,
        Issuer = document.Issuer,
        Date = document.SearchDate,
        Level = document.Level,
        Category = document.Category,
        Validity = document.Validity.Label(),
        Keywords = document.KeywordList,
        Body = DocumentMarkdown.ToPlainText(document.Body),
        AttachmentText = document.Attachments.Count == 0
            ? null
            : string.Join('\n', document.Attachments.Select(a => a.ExtractedText).Where(t => !string.IsNullOrWhiteSpace(t))),
    };
}
