namespace Portal.Modules.Policies.Features.SearchReport;

/// <summary>Mutable counters of one buffered query (fields, so Interlocked can update them).</summary>
internal sealed class SearchTermCounts
{
#pragma warning disable CA1051 // Interlocked needs the fields themselves; the type is internal to the buffer.
    public int Searches;
    public int ZeroResults;
#pragma warning restore CA1051
}
