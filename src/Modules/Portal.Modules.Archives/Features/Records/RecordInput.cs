namespace Portal.Modules.Archives.Features.Records;

/// <summary>One file as the edit page (or, later, an import row) gives it: values by field key, as typed. An empty sensitive value on an edit keeps the stored one.</summary>
internal sealed class RecordInput
{
    public int Id { get; set; }

    public int Version { get; set; }

    public string? FormKey { get; set; }

    public int UnitId { get; set; }

    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);
}
