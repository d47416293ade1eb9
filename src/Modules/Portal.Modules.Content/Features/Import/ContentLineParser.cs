using System.Globalization;
using System.Text.Json;
using Portal.Core;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.WriteContent;

namespace Portal.Modules.Content.Features.Import;

/// <summary>
/// One line of an old site's export: externalId, column, kind, title, author, source, publishedAt (ISO 8601; without an
/// offset it is Beijing time), markdown or html, optional subtitle, summary, tags, pinned, validUntil, attachments.
/// A bad line is reported with its reason, never guessed.
/// </summary>
internal static class ContentLineParser
{
    public static (ContentInput? Input, string? Error) Parse(string line)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(line);
            root = json.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            return (null, $"不是有效的 JSON（第 {exception.BytePositionInLine + 1} 个字节附近有错，常见原因：缺括号、引号或逗号）。");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "每行应是一个 JSON 对象（{ … }）。");
        }

        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is "externalId" or "column" or "kind" or "title" or "author" or "source" or "publishedAt" or "markdown" or "html" or "subtitle" or "summary" or "tags" or "validUntil"
                && property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (null, $"字段 {property.Name} 应为文字（加引号）。");
            }
        }

        var input = new ContentInput
        {
            ExternalId = Text("externalId")?.Trim(),
            Column = Text("column")?.Trim().ToLowerInvariant() ?? "",
            Kind = Text("kind") ?? "article",
            Title = Text("title") ?? "",
            Subtitle = Text("subtitle"),
            Author = Text("author"),
            Source = Text("source"),
            Summary = Text("summary"),
            Tags = Text("tags"),
            Markdown = Text("markdown"),
            Html = Text("html"),
            Pinned = root.TryGetProperty("pinned", out var pinned) && pinned.ValueKind == JsonValueKind.True,
        };
        if (string.IsNullOrWhiteSpace(input.ExternalId))
        {
            return (null, "缺少 externalId（旧网站的编号）。");
        }

        if (input.Markdown is null && input.Html is null)
        {
            return (null, "缺少正文：markdown 或 html 至少要有一个。");
        }

        if (input.Markdown is not null && input.Html is not null)
        {
            return (null, "markdown 和 html 只能给一个，不知道以哪个为准。");
        }

        if (ContentKindText.Parse(input.Kind) is null)
        {
            return (null, $"kind “{input.Kind}” 不认识，应为 article、notice 或 page。");
        }

        if (Text("publishedAt") is { } published)
        {
            if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) || !published.Contains('T', StringComparison.Ordinal) && published.Length > 10)
            {
                return (null, $"publishedAt “{published}” 不是 ISO 8601 时间（例如 2019-05-01T08:30:00+08:00）。");
            }

            // Without an offset the old site meant Beijing time.
            var hasOffset = published.EndsWith('Z') || published.LastIndexOfAny(['+', '-']) > 10;
            input.PublishAt = hasOffset ? ChinaTime.FromUtc(at.UtcDateTime) : at.DateTime;
        }

        if (Text("validUntil") is { } until)
        {
            if (!DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (null, $"validUntil “{until}” 应写成 YYYY-MM-DD。");
            }

            input.ValidUntil = day;
        }

        var errors = ContentRules.Check(input);
        return errors.Count > 0 ? (null, errors[0].Message) : (input, null);
    }

    /// <summary>The attachment file paths a line lists (checked by the importer, which reads them).</summary>
    public static IReadOnlyList<string> Attachments(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)]
            : [];
    }
}
