namespace Portal.Benchmarks;

/// <summary>Milliseconds of one measured operation per tenant.</summary>
internal sealed record LatencyResult(IReadOnlyList<double> Milliseconds, int ActiveCount)
{
    public double P50 => Stats.Percentile([.. Milliseconds], 50);

    public double P95 => Stats.Percentile([.. Milliseconds], 95);

    public double Max => Milliseconds.Count == 0 ? double.NaN : Milliseconds.Max();

    public string Describe() => $"p50 {Stats.Ms(P50)} ms, p95 {Stats.Ms(P95)} ms, max {Stats.Ms(Max)} ms (n={Milliseconds.Count})";
}
