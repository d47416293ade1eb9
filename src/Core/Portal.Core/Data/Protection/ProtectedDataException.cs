namespace Portal.Core.Data.Protection;

/// <summary>A protected value that cannot be opened: altered, cut short, or sealed with an unknown key.</summary>
public sealed class ProtectedDataException : Exception
{
    public ProtectedDataException()
    {
    }

    public ProtectedDataException(string message)
        : base(message)
    {
    }

    public ProtectedDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
