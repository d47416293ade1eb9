namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>A write refused by the content module; <see cref="Field"/> names the input ("" for the whole form), the message is for staff.</summary>
internal sealed class ContentException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
