using Portal.Modules.Content.Domain;

namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>The checks every item passes whichever way it is written (page, recipe, import), with the message staff read.</summary>
internal static class ContentRules
{
    public const int MaxTitle = 200;
    public const int MaxBody = 200_000;

    public static IReadOnlyList<(string Field, string Message)> Check(ContentInput input)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add((nameof(input.Title), "请填写标题。"));
        }
        else if (input.Title.Trim().Length > MaxTitle)
        {
            errors.Add((nameof(input.Title), $"标题最多 {MaxTitle} 个字。"));
        }

        if (ContentKindText.Parse(input.Kind) is null)
        {
            errors.Add((nameof(input.Kind), "类型只能是 文章、通知 或 单页（article、notice、page）。"));
        }

        if (string.IsNullOrWhiteSpace(input.Column))
        {
            errors.Add((nameof(input.Column), "请选择栏目。"));
        }

        if ((input.Markdown?.Length ?? 0) + (input.Html?.Length ?? 0) > MaxBody)
        {
            errors.Add((nameof(input.Markdown), $"正文太长（最多 {MaxBody / 10000} 万字），请分成几篇。"));
        }

        Limit(errors, nameof(input.Subtitle), input.Subtitle, 200, "副标题");
        Limit(errors, nameof(input.Author), input.Author, 60, "作者");
        Limit(errors, nameof(input.Source), input.Source, 100, "来源");
        Limit(errors, nameof(input.Summary), input.Summary, 500, "摘要");
        Limit(errors, nameof(input.Tags), input.Tags, 200, "标签");
        if (input.UnpublishAt is { } end && input.PublishAt is { } start && end <= start)
        {
            errors.Add((nameof(input.UnpublishAt), "定时撤回的时间应晚于发布时间。"));
        }

        return errors;
    }

    private static void Limit(List<(string, string)> errors, string field, string? value, int max, string label)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors.Add((field, $"{label}最多 {max} 个字。"));
        }
    }
}
