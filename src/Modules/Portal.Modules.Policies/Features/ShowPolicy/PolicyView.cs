using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.SearchPolicies;

namespace Portal.Modules.Policies.Features.ShowPolicy;

/// <summary>A published document as its public page shows it.</summary>
internal sealed record PolicyView(PolicyDocument Document, PolicySource Source, string BodyHtml, PolicyDocument? ReplacedBy);
