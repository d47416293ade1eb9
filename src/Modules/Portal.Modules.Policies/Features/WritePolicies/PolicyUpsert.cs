using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Features.WritePolicies;

/// <summary>
/// One document of a bulk write (recipe step, import file) matched by its external id.
/// <paramref name="Fill"/> writes the fields the source owns onto the current input (a new document's
/// defaults, or the stored document's values), so fields an editor set and the source does not carry stay.
/// </summary>
/// <param name="ReplacedBy">External id of the document that amends or replaces this one, in the same write or already stored.</param>
/// <param name="Status">Null keeps a stored document's status; a new document is then published.</param>
internal sealed record PolicyUpsert(string ExternalId, Action<PolicyInput> Fill, string? ReplacedBy = null, PolicyStatus? Status = null);
