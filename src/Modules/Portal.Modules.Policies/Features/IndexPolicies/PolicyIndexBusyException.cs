namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>Another process holds the lease on this index folder: it must not be opened for writing here.</summary>
internal sealed class PolicyIndexBusyException : Exception
{
    public PolicyIndexBusyException()
    {
    }

    public PolicyIndexBusyException(string message)
        : base(message)
    {
    }

    public PolicyIndexBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Holder { get; init; } = "";
}
