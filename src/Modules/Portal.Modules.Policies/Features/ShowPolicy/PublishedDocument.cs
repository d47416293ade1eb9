using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.ShowPolicy;

/// <summary>A published document as its page needs it: the row (Markdown left out), its attachments and its successor.</summary>
internal sealed record PublishedDocument(PolicyDocument Document, PolicyDocument? ReplacedBy)
{
    public long Characters => (Document.BodyHtml?.Length ?? 0) + Document.Title.Length + 256;
}
