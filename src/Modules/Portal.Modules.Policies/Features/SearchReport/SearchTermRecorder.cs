using System.Text;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchReport;

/// <summary>
/// Counts what readers search for, per site and week, for the editors' search report. Nothing that
/// identifies a reader is kept; queries holding a long run of digits (a phone or ID number typed by
/// mistake) are not counted at all.
/// </summary>
internal sealed class SearchTermRecorder(TimeProvider clock)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public void Record(TenantShell shell, string? query, int total)
    {
        if (Key(query) is not { } key)
        {
            return;
        }

        shell.GetOrAddResource(_ => new SearchTermBuffer()).Add(WeekOf(clock.GetUtcNow()), key, total == 0);
    }

    /// <summary>The Monday of the week that <paramref name="instant"/> falls in, on the China calendar.</summary>
    public static DateOnly WeekOf(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return day.AddDays(-sinceMonday);
    }

    /// <summary>The query as counted: width and case folded, spaces collapsed, cut to length; null when not counted.</summary>
    internal static string? Key(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var builder = new StringBuilder();
        var digits = 0;
        foreach (var ch in QueryText.Normalize(query).Trim())
        {
            digits = char.IsAsciiDigit(ch) ? digits + 1 : 0;
            if (digits >= 7)
            {
                return null; // looks like a phone, ID or account number: personal, never stored
            }

            if (char.IsWhiteSpace(ch))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(ch);
        }

        var key = builder.ToString().Trim();
        return key.Length == 0 ? null : key.Length > SearchTermWeek.MaxLength ? key[..SearchTermWeek.MaxLength] : key;
    }
}
