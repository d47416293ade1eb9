using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>Everything a reader or the index sees of a document, in one string: equal signatures mean a write changes nothing.</summary>
internal static class PolicySignature
{
    public static string Of(PolicyDocument d) => string.Join('\u001f',
        d.ExternalId, d.Title, d.DocNumber, d.Issuer, d.WrittenOn, d.PublishedOn, d.EffectiveOn, d.RepealedOn, d.Category, d.Keywords,
        d.Genre, d.IndexNumber, d.Level, d.Validity, d.ReplacedById, d.Body, d.Status);
}
