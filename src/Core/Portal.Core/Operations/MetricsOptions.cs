namespace Portal.Core.Operations;

/// <summary>Who may read /metrics. Bound from "Portal:Metrics".</summary>
public sealed class MetricsOptions
{
    /// <summary>When set, a scraper that sends "Authorization: Bearer {Token}" may read /metrics from any address.</summary>
    public string? Token { get; set; }

    /// <summary>Requests from the loopback address may read /metrics without a token (a scraper on the same machine).</summary>
    public bool AllowLoopback { get; set; } = true;
}
