namespace Portal.Modules.Policies.Features.SearchReport;

/// <summary>A site's cached list of often searched queries (a shell resource).</summary>
internal sealed class PopularTerms
{
    public IReadOnlyList<string> Terms { get; set; } = [];

    public long ValidUntilTicks { get; set; }
}
