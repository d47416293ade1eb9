namespace Portal.Benchmarks;

/// <summary>One page kind in one mode: the page's and its same-size minimal page's wrk runs.</summary>
internal sealed record PageSpeedResult(PageKind Kind, bool Cached, int BodyBytes, IReadOnlyList<double> Page, IReadOnlyList<double> Minimal)
{
    public double PageAverage => Page.Average();

    public double MinimalAverage => Minimal.Average();

    public double Ratio => PageAverage / MinimalAverage;

    /// <summary>The targets: ≥ 0.70 of the minimal page with the output cache, ≥ 0.25 without.</summary>
    public double Target => Cached ? 0.70 : 0.25;
}
