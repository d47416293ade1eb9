using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Modules.Audit.Domain;

/// <summary>
/// SHA-256 over the entry's fields in a fixed order, each prefixed by its length (so "ab"+"c" and "a"+"bc"
/// differ), ending with the previous entry's hash. Changing any field of any entry breaks every link after it.
/// </summary>
internal static class AuditHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditRecord record)
    {
        var canonical = new StringBuilder();
        foreach (var field in new[]
                 {
                     record.Sequence.ToString(CultureInfo.InvariantCulture), Time(record.TimeUtc), record.Account, record.Ip,
                     record.Action, record.Target, record.Outcome, record.Detail, record.PreviousHash,
                 })
        {
            canonical.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>Milliseconds, UTC: what both SQLite and PostgreSQL give back unchanged.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
