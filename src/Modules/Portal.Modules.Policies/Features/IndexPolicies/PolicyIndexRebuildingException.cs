namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// The index is being rebuilt in the background and no earlier view of it can still be read: the search page
/// and the API answer 503 with Retry-After (「正在重建索引，请稍后再试」) instead of waiting for the rebuild.
/// </summary>
internal sealed class PolicyIndexRebuildingException : Exception
{
    public const string Text = "正在重建索引，请稍后再试";

    public PolicyIndexRebuildingException()
        : base(Text)
    {
    }

    public PolicyIndexRebuildingException(string message)
        : base(message)
    {
    }

    public PolicyIndexRebuildingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Seconds a client should wait before asking again.</summary>
    public static int RetryAfterSeconds => 10;
}
