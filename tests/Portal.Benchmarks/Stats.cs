using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Order statistics over milliseconds (nearest-rank percentiles: no interpolation to flatter the tail).</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    public static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<double> values) => string.Join(", ", values.Select(Whole));
}
