namespace Portal.Modules.Policies.Search;

/// <summary>The index folder exists but cannot be used; the caller deletes it and rebuilds from the database.</summary>
internal sealed class PolicyIndexCorruptException : Exception
{
    public PolicyIndexCorruptException()
    {
    }

    public PolicyIndexCorruptException(string message)
        : base(message)
    {
    }

    public PolicyIndexCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Directory { get; init; }
}
