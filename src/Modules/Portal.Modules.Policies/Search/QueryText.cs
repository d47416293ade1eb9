using System.Text;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Word lists for what elderly readers type around what they mean. Sound-alike slips are corrected against the
/// index (<see cref="TypoCorrector"/>), questions lose their frame (<see cref="FunctionWords"/>).
/// </summary>
internal static class QueryText
{
    /// <summary>Words stripped from the edges of a query segment; longest first so 有关规定 wins over 规定.</summary>
    public static readonly string[] EdgeNoise =
    [
        "文件全文", "政策文件", "有关规定", "相关规定", "有关政策", "相关政策", "有关文件", "相关文件", "最新版本",
        "最新版", "是什么", "怎么办", "有哪些", "请问", "我想", "想查", "查询", "查找", "搜索", "一下", "全文",
        "原文", "最新", "政策", "文件", "关于", "有关", "相关", "方面", "内容", "具体", "哪些", "什么", "如何",
        "规定的", "的", "了", "吗", "呢", "查",
    ];

    /// <summary>Tokens that never need to match (AND semantics ignores them), but may still score.</summary>
    public static readonly HashSet<string> OptionalTokens = new(StringComparer.Ordinal)
    {
        "全文", "原文", "最新", "政策", "文件", "关于", "有关", "相关", "的", "了", "和", "与", "及", "吗", "呢",
        "查询", "查找", "搜索", "请问", "一下", "方面", "内容", "具体", "哪些", "什么", "如何", "怎么", "我", "想",
        "版", "是", "有", "查",
    };

    /// <summary>Width-normalised, lower-cased query text.</summary>
    public static string Normalize(string text) => DocumentNumber.NormalizeWidth(text).ToLowerInvariant();

    /// <summary>Splits on whitespace and punctuation (《》、，。 etc.); letters, digits and ideographs stay together.</summary>
    public static List<string> Segments(string text)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                segments.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            segments.Add(current.ToString());
        }

        return segments;
    }

    /// <summary>Removes noise words from both ends until none is left. A stripped segment is still a substring.</summary>
    /// <param name="boundaries">
    /// Where the segment's words start and end, when known: a one-character noise word is then removed only where it
    /// is a word of its own (了 of 规定了, not of 了解).
    /// </param>
    public static string StripEdgeNoise(string segment, IReadOnlySet<int>? boundaries = null)
    {
        var (start, end) = (0, segment.Length);
        var changed = true;
        while (changed && start < end)
        {
            changed = false;
            foreach (var noise in EdgeNoise)
            {
                var text = segment.AsSpan(start, end - start);
                if (text.Length > noise.Length && text.StartsWith(noise, StringComparison.Ordinal) && IsWord(noise, start + noise.Length, boundaries))
                {
                    start += noise.Length;
                    changed = true;
                }

                text = segment.AsSpan(start, end - start);
                if (text.Length > noise.Length && text.EndsWith(noise, StringComparison.Ordinal) && IsWord(noise, end - noise.Length, boundaries))
                {
                    end -= noise.Length;
                    changed = true;
                }

                if (segment.AsSpan(start, end - start).SequenceEqual(noise))
                {
                    return string.Empty;
                }
            }
        }

        return segment[start..end];
    }

    private static bool IsWord(string noise, int inner, IReadOnlySet<int>? boundaries) =>
        noise.Length > 1 || boundaries is null || boundaries.Contains(inner);
}
