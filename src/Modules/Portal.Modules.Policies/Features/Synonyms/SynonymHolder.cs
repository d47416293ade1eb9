namespace Portal.Modules.Policies.Features.Synonyms;

/// <summary>A tenant's synonym groups in memory (a shell resource), reloaded after an edit or every half minute.</summary>
internal sealed class SynonymHolder
{
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; set; } = [];

    public long ValidUntilTicks { get; set; }
}
