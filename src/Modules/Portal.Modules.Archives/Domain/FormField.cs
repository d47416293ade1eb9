using System.Text.Json.Serialization;

namespace Portal.Modules.Archives.Domain;

/// <summary>
/// One field of an archive form as the JSON definition gives it. <see cref="Key"/> names the value in every record
/// written with it, so a key is never reused for another meaning; <see cref="Sensitive"/> values are sealed at rest
/// and masked on screen (身份证号, phone and address always are).
/// </summary>
internal sealed record FormField
{
    public string Key { get; init; } = "";

    public string Label { get; init; } = "";

    /// <summary>One of <see cref="FieldTypes.All"/>.</summary>
    public string Type { get; init; } = FieldTypes.Text;

    public bool Required { get; init; }

    /// <summary>A built-in dictionary (<see cref="Dictionaries"/>) a choice field draws from, e.g. 民族 or 政治面貌.</summary>
    public string? Dictionary { get; init; }

    /// <summary>The choices of a choice field of the county's own, when no built-in dictionary fits.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    public string? Help { get; init; }

    public string? Section { get; init; }

    public int Order { get; init; }

    public bool Sensitive { get; init; }

    [JsonIgnore]
    public bool IsSealed => Sensitive || FieldTypes.AlwaysSensitive(Type);

    /// <summary>The allowed values of a choice field (empty for other fields).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Options => Type != FieldTypes.Choice ? [] : Choices is { Count: > 0 } own ? own : Dictionaries.Find(Dictionary) ?? [];
}
