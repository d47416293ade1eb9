namespace Portal.Modules.Policies.Domain;

/// <summary>Words a site's readers use for the same thing (老干部 ↔ 离退休干部 ↔ 老同志); edited per site.</summary>
internal sealed class SynonymGroup
{
    public int Id { get; set; }

    /// <summary>The words, separated by spaces.</summary>
    public string Terms { get; set; } = "";

    public IReadOnlyList<string> TermList => Split(Terms);

    public static IReadOnlyList<string> Split(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : text.Split([' ', '　', '、', ',', '，', '↔', '=', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
