namespace Portal.Modules.Policies.Recipes;

/// <summary>A document in a recipe; matched to an existing one by <see cref="ExternalId"/>.</summary>
internal sealed class PolicyRecipeDocument
{
    public string ExternalId { get; set; } = "";

    public string Title { get; set; } = "";

    public string? DocNumber { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? WrittenOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? RepealedOn { get; set; }

    public string? Category { get; set; }

    public string? Keywords { get; set; }

    public string? Genre { get; set; }

    public string? IndexNumber { get; set; }

    /// <summary>中央/省/市/县; defaults to the site's own level.</summary>
    public string? Level { get; set; }

    /// <summary>现行有效 (default), 已修订, 已废止, 失效.</summary>
    public string? Validity { get; set; }

    /// <summary>External id of the document that amends or replaces this one (same recipe or site).</summary>
    public string? ReplacedBy { get; set; }

    /// <summary>Markdown.</summary>
    public string Body { get; set; } = "";

    /// <summary>False keeps it as a draft.</summary>
    public bool Published { get; set; } = true;
}
