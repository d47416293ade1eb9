namespace Portal.Modules.Archives.Domain;

internal static class SexText
{
    public static string Label(this Sex sex) => sex == Sex.Male ? "男" : "女";

    /// <summary>"男"/"女" as clerks write them (also 男性/女性, M/F); null for anything else.</summary>
    public static Sex? Parse(string? text) => text?.Trim() switch
    {
        "男" or "男性" or "M" or "m" or "1" => Sex.Male,
        "女" or "女性" or "F" or "f" or "2" => Sex.Female,
        _ => null,
    };
}
