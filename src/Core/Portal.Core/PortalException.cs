namespace Portal.Core;

/// <summary>
/// A refusal the user can act on. The message is a complete Chinese sentence shown as-is
/// on pages, printed by the command line, and returned as the problem detail by the API.
/// </summary>
public sealed class PortalException : Exception
{
    public PortalException(string message) : base(message) { }

    public PortalException(string message, Exception innerException) : base(message, innerException) { }

    public PortalException() { }
}
