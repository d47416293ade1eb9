using System.Text.Json;

namespace Portal.Modules.Archives.Domain;

/// <summary>What makes a form definition usable: keys that can name a value, known types and dictionaries, a name field.</summary>
internal static class FormRules
{
    /// <summary>The field every form has: a record is listed and found by it (a person's, a branch's or a team's name).</summary>
    public const string NameKey = "name";

    public const string SexKey = "sex";

    public const string IdNumberKey = "idNumber";

    /// <summary>Every problem as (path, message), the path relative to the form ("fields[3].dictionary").</summary>
    public static List<(string Path, string Message)> Check(string? title, IReadOnlyList<FormField> fields)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(("title", "请填写表单名称。"));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var at = $"fields[{i}]";
            if (!IsKey(field.Key))
            {
                errors.Add(($"{at}.key", $"字段键“{field.Key}”只能用英文字母开头，后面是字母或数字（如 birthDate）。"));
            }
            else if (!keys.Add(field.Key))
            {
                errors.Add(($"{at}.key", $"字段键“{field.Key}”在本表单中出现了两次。"));
            }

            if (string.IsNullOrWhiteSpace(field.Label))
            {
                errors.Add(($"{at}.label", "请填写字段名称。"));
            }

            if (!FieldTypes.All.Contains(field.Type))
            {
                errors.Add(($"{at}.type", $"字段类型“{field.Type}”不认识：只能是 {string.Join("、", FieldTypes.All)}。"));
            }
            else if (field.Type == FieldTypes.Choice && field.Options.Count == 0)
            {
                errors.Add(($"{at}.dictionary", field.Dictionary is { Length: > 0 } name
                    ? $"字典“{name}”不存在：可用 {string.Join("、", Dictionaries.Names)}，或用 choices 列出选项。"
                    : "选择题字段要指明字典（dictionary）或列出选项（choices）。"));
            }
        }

        if (fields.FirstOrDefault(f => f.Key == NameKey) is not { Type: FieldTypes.Text, Required: true })
        {
            errors.Add(("fields", "每个表单都要有必填的文本字段 name（姓名或名称）。"));
        }

        return errors;
    }

    /// <summary>The fields in the order the form shows them: by section as first met, then by order.</summary>
    public static IReadOnlyList<FormField> Ordered(IReadOnlyList<FormField> fields)
    {
        var sections = fields.Select(f => f.Section ?? "").Distinct(StringComparer.Ordinal).ToList();
        return [.. fields.OrderBy(f => sections.IndexOf(f.Section ?? "")).ThenBy(f => f.Order)];
    }

    /// <summary>The stored form of a definition: compact JSON, the same text for the same fields (so a re-run is seen as unchanged).</summary>
    public static string Serialize(IReadOnlyList<FormField> fields) => JsonSerializer.Serialize(fields, JsonOptions);

    public static IReadOnlyList<FormField> Deserialize(string json) => JsonSerializer.Deserialize<List<FormField>>(json, JsonOptions) ?? [];

    private static readonly JsonSerializerOptions JsonOptions = new(Portal.Core.PortalJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault,
    };

    private static bool IsKey(string? key) => key is { Length: > 0 and <= 40 } && char.IsAsciiLetter(key[0]) && key.All(char.IsAsciiLetterOrDigit);
}
