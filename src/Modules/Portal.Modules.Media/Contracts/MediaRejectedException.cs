namespace Portal.Modules.Media.Contracts;

/// <summary>A file the library refuses (type, size, damaged image); the message is a complete Chinese sentence to show as is.</summary>
public sealed class MediaRejectedException : Exception
{
    public MediaRejectedException(string message) : base(message) { }

    public MediaRejectedException(string message, Exception innerException) : base(message, innerException) { }

    public MediaRejectedException() { }
}
