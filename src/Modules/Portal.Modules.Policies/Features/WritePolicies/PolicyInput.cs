using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>What an editor fills in; bound from the admin form, also used by the recipe step.</summary>
internal sealed class PolicyInput
{
    public long Id { get; set; }

    public int Version { get; set; }

    public string? ExternalId { get; set; }

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

    public string? Level { get; set; }

    public PolicyValidity Validity { get; set; }

    public long? ReplacedById { get; set; }

    public string? Body { get; set; }

    public static PolicyInput From(PolicyDocument document) => new()
    {
        Id = document.Id,
        Version = document.Version,
        ExternalId = document.ExternalId,
        Title = document.Title,
        DocNumber = document.DocNumber,
        Issuer = document.Issuer,
        WrittenOn = document.WrittenOn,
        PublishedOn = document.PublishedOn,
        EffectiveOn = document.EffectiveOn,
        RepealedOn = document.RepealedOn,
        Category = document.Category,
        Keywords = document.Keywords,
        Genre = document.Genre,
        IndexNumber = document.IndexNumber,
        Level = document.Level,
        Validity = document.Validity,
        ReplacedById = document.ReplacedById,
        Body = document.Body,
    };
}
