using Portal.Core.Content;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>Checks and copies an editor's input onto a document.</summary>
internal static class PolicyRules
{
    public const string ConcurrencyMessage = "这份文件刚被其他人修改过，您的修改没有保存。请刷新页面，看过最新内容后再改。";

    public static List<(string Field, string Message)> Check(PolicyInput input)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add((nameof(input.Title), "请填写标题。"));
        }
        else if (input.Title.Trim().Length > 500)
        {
            errors.Add((nameof(input.Title), "标题不能超过 500 个字。"));
        }

        if (input.Level is { Length: > 0 } level && !PolicyLevels.All.Contains(level))
        {
            errors.Add((nameof(input.Level), "层级只能是 中央、省、市 或 县。"));
        }

        if (input.Validity == PolicyValidity.Amended && input.ReplacedById is null)
        {
            errors.Add((nameof(input.ReplacedById), "标为“已修订”时，请选择修订后的文件。"));
        }

        if (input.ReplacedById is { } replacedBy && replacedBy == input.Id)
        {
            errors.Add((nameof(input.ReplacedById), "不能选择文件本身作为替代文件。"));
        }

        return errors;
    }

    public static void Apply(PolicyDocument document, PolicyInput input)
    {
        document.ExternalId = Trim(input.ExternalId);
        document.Title = input.Title.Trim();
        document.DocNumber = Trim(input.DocNumber) is { } number ? DocumentNumber.Normalize(number) : null;
        document.Issuer = Trim(input.Issuer);
        document.WrittenOn = input.WrittenOn;
        document.PublishedOn = input.PublishedOn;
        document.EffectiveOn = input.EffectiveOn;
        document.RepealedOn = input.RepealedOn;
        document.Category = Trim(input.Category);
        document.Keywords = Trim(input.Keywords);
        document.Genre = Trim(input.Genre);
        document.IndexNumber = Trim(input.IndexNumber);
        document.Level = Trim(input.Level);
        document.Validity = input.Validity;
        document.ReplacedById = input.Validity == PolicyValidity.Current ? null : input.ReplacedById;
        var body = input.Body ?? "";
        if (document.BodyHtml is null || document.Body != body)
        {
            document.Body = body;
            document.BodyHtml = DocumentMarkdown.ToSafeHtml(body);
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
