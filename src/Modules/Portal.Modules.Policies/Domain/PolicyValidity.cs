namespace Portal.Modules.Policies.Domain;

/// <summary>有效性 of a policy document.</summary>
internal enum PolicyValidity
{
    Current = 0,
    Amended = 1,
    Repealed = 2,
    Expired = 3,
}
