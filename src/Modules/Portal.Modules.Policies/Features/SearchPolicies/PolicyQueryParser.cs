using System.Globalization;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>Turns the query string (page and API alike) into a request, or a Chinese sentence saying what is wrong.</summary>
internal static class PolicyQueryParser
{
    public const int MaxQueryLength = 200;

    public static (PolicySearchRequest? Request, string? Error) Parse(
        string? q, string? page, string? size, string? issuer, string? level, string? year, string? category, string? validity, string? sort)
    {
        if (q is { Length: > MaxQueryLength })
        {
            return (null, $"检索词太长：最多 {MaxQueryLength} 个字。");
        }

        if (!TryInt(page, 1, out var pageNumber) || pageNumber < 1 || pageNumber > 1000)
        {
            return (null, "page 应为 1 到 1000 之间的整数。");
        }

        if (!TryInt(size, 10, out var pageSize) || pageSize < 1 || pageSize > PolicySearchRequest.MaxSize)
        {
            return (null, $"size 应为 1 到 {PolicySearchRequest.MaxSize} 之间的整数。");
        }

        int? yearNumber = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!TryInt(year, 0, out var parsed) || parsed < 1900 || parsed > 2100)
            {
                return (null, "year 应为四位年份，例如 2024。");
            }

            yearNumber = parsed;
        }

        PolicySort order;
        switch (sort?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance":
                order = PolicySort.Relevance;
                break;
            case "date":
                order = PolicySort.DateDescending;
                break;
            default:
                return (null, "sort 应为 relevance（按相关度）或 date（按日期）。");
        }

        return (new PolicySearchRequest
        {
            Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            Page = pageNumber,
            Size = pageSize,
            Issuer = Blank(issuer),
            Level = Blank(level),
            Year = yearNumber,
            Category = Blank(category),
            Validity = Blank(validity),
            Sort = order,
        }, null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryInt(string? text, int fallback, out int value)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
