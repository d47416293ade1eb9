using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Features.Records;

/// <summary>A record's values opened for the server's own use: the fields of its revision, and every value by key (sensitive ones included, never sent to a page unmasked).</summary>
internal sealed record RecordContent(IReadOnlyList<FormField> Fields, IReadOnlyDictionary<string, string> Values)
{
    public string this[string key] => Values.GetValueOrDefault(key, "");
}
