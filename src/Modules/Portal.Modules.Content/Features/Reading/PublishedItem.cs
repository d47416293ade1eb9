using Portal.Modules.Content.Domain;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>What lists need of a published item (its body is read only for its own page).</summary>
internal sealed record PublishedItem(
    long Id, long ColumnId, string ColumnSlug, ContentKind Kind, string Title, string? Summary, DateTime PublishedAt, bool Pinned, bool SharedDown, DateOnly? ValidUntil, int Number)
{
    /// <summary>A notice whose valid-until day has passed (Beijing time).</summary>
    public bool ExpiredOn(DateOnly today) => Kind == ContentKind.Notice && ValidUntil is { } until && until < today;
}
