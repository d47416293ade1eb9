using System.Text;

namespace Portal.Core.Web;

/// <summary>
/// Return addresses taken from a query string: only a path on this site, in a form every browser reads the
/// same way. Browsers drop tabs and line breaks inside a URL (so "/\t/evil" becomes "//evil", another host),
/// and a raw non-ASCII character cannot go into a Location header; both are refused or escaped here.
/// </summary>
public static class LocalUrl
{
    /// <summary>The address when it is a safe local path (non-ASCII percent-encoded), otherwise null.</summary>
    public static string? Safe(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || url.Length > 2000)
        {
            return null;
        }

        var escaped = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value <= 0x20 || rune.Value == 0x7F || rune.Value == '\\' || (rune.Value is >= 0x80 and <= 0x9F))
            {
                return null;
            }

            if (rune.IsAscii)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var result = escaped.ToString();
        return result.Length > 1 && result[1] == '/' ? null : result;
    }
}
