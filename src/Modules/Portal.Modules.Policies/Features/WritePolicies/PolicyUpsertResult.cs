namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>What a bulk write did; <see cref="Refused"/> holds the position (in the list given) and the reason of each item not written.</summary>
internal sealed class PolicyUpsertResult
{
    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public List<(int Index, string Message)> Refused { get; } = [];

    /// <summary>The titles written, for the recipe's list of changes.</summary>
    public List<string> Written { get; } = [];
}
