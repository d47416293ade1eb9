using System.Text;

namespace Portal.Modules.Archives.Domain;

/// <summary>What clerks' typing and spreadsheets bring: full-width digits and letters (１２３Ｘ), spaces inside numbers.</summary>
internal static class ChineseText
{
    /// <summary>Full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space; everything else kept.</summary>
    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Half-width, with every kind of white space and the separators people put in numbers (- .) removed.</summary>
    public static string Compact(string? text)
    {
        var half = ToHalfWidth(text ?? "");
        var builder = new StringBuilder(half.Length);
        foreach (var c in half)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '—' or '.'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
