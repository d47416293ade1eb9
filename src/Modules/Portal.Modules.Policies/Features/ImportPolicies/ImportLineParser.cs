using System.Globalization;
using System.Text.Json;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>Reads one JSON Lines record; extra fields are ignored, a bad one is reported with the reason.</summary>
internal static class ImportLineParser
{
    public const int MaxTitleLength = 500;
    public const int MaxIdLength = 100;

    public static (ImportRow? Row, string? Error) Parse(int lineNumber, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return (null, $"不是有效的 JSON（第 {exception.BytePositionInLine + 1} 个字节附近有错，常见原因：缺括号、引号或逗号）。");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "每行应是一个 JSON 对象 {…}。");
            }

            string? duplicate;
            try
            {
                duplicate = DuplicateName(root);
            }
            catch (InvalidOperationException)
            {
                return (null, "字段名含有不成对的 Unicode 转义（如 \\ud800），不是有效的文字。");
            }

            if (duplicate is not null)
            {
                // Which of two values was meant cannot be known, so the line is not guessed at.
                return (null, $"字段 {duplicate} 在同一个对象中出现了两次，无法判断以哪个为准。");
            }

            var (id, idError) = Text(root, "id", allowNumber: true);
            var (title, titleError) = Text(root, "title");
            var (issuer, issuerError) = Text(root, "issuer");
            var (number, numberError) = Text(root, "doc_number");
            var (date, dateError) = Text(root, "date");
            var (category, categoryError) = Text(root, "category");
            var (body, bodyError) = Text(root, "body");
            if ((idError ?? titleError ?? issuerError ?? numberError ?? dateError ?? categoryError ?? bodyError) is { } typeError)
            {
                return (null, typeError);
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, "缺少 id（外部编号），无法判断是新增还是更新。");
            }

            if (id.Length > MaxIdLength)
            {
                return (null, $"id 太长（最多 {MaxIdLength} 个字符）。");
            }

            if (string.IsNullOrWhiteSpace(title))
            {
                return (null, "缺少 title（标题）。");
            }

            if (title.Trim().Length > MaxTitleLength)
            {
                return (null, $"title 太长（最多 {MaxTitleLength} 个字）。");
            }

            DateOnly? parsedDate = null;
            if (!string.IsNullOrWhiteSpace(date))
            {
                if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                {
                    return (null, $"date “{date}” 不是有效日期，应写成 YYYY-MM-DD，例如 2024-03-15。");
                }

                parsedDate = value;
            }

            return (new ImportRow(
                lineNumber,
                id.Trim(),
                title.Trim(),
                Blank(issuer),
                Blank(number) is { } n ? DocumentNumber.Normalize(n) : null,
                parsedDate,
                Blank(category),
                body ?? ""), null);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static (string? Value, string? Error) Text(JsonElement root, string name, bool allowNumber = false)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return (null, null);
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => String(value, name),
            JsonValueKind.Null => (null, null),
            JsonValueKind.Number when allowNumber => (value.GetRawText(), null),
            _ => (null, $"字段 {name} 应为文字（字符串），实际是 {Kind(value.ValueKind)}。"),
        };
    }

    private static (string? Value, string? Error) String(JsonElement value, string name)
    {
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // A \ud800-style escape without its pair: valid JSON syntax, but no character.
            return (null, $"字段 {name} 含有不成对的 Unicode 转义（如 \\ud800），不是有效的文字。");
        }

        // PostgreSQL cannot store U+0000 in text; refused here so no batch fails half-way.
        return text.Contains('\0', StringComparison.Ordinal)
            ? (null, $"字段 {name} 含有空字符（\\u0000），无法保存。")
            : (text, null);
    }

    private static string? DuplicateName(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(DuplicateName).FirstOrDefault(n => n is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return property.Name;
            }

            if (DuplicateName(property.Value) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "数字",
        JsonValueKind.Array => "数组",
        JsonValueKind.Object => "对象",
        JsonValueKind.True or JsonValueKind.False => "真假值",
        _ => kind.ToString(),
    };
}
