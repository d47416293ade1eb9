namespace Portal.Modules.Archives.Features.Units;

/// <summary>The checks of one unit's own fields (the tree's checks need the other units: <see cref="UnitWriter"/>).</summary>
internal static class UnitRules
{
    public const string Changed = "这个单位刚被其他人修改过，您的修改没有保存。请刷新页面，看过最新内容后再改。";

    /// <summary>Trims the name and upper-cases the code (统一社会信用代码 are written either way).</summary>
    public static (string Name, string Code) Normalise(UnitInput input) => ((input.Name ?? "").Trim(), Code(input.Code));

    /// <summary>A code as stored: half-width, no spaces, upper case.</summary>
    public static string Code(string? text) => Domain.ChineseText.Compact(text).ToUpperInvariant();

    public static List<(string Field, string Message)> Check(UnitInput input)
    {
        var (name, code) = Normalise(input);
        var errors = new List<(string, string)>();
        if (name.Length == 0)
        {
            errors.Add((nameof(input.Name), "请填写单位名称。"));
        }
        else if (name.Length > 100)
        {
            errors.Add((nameof(input.Name), "单位名称不能超过 100 个字。"));
        }

        if (code.Length == 0)
        {
            errors.Add((nameof(input.Code), "请填写单位代码（统一社会信用代码或本局编的代码）。"));
        }
        else if (code.Length > 30 || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add((nameof(input.Code), "单位代码只能是字母和数字，不超过 30 位。"));
        }

        if (!Enum.IsDefined(input.Type))
        {
            errors.Add((nameof(input.Type), "请选择单位类型。"));
        }

        if (input.Id != 0 && input.ParentId == input.Id)
        {
            errors.Add((nameof(input.ParentId), "上级单位不能是它自己。"));
        }

        return errors;
    }
}
