namespace Portal.Browser.Tests.Speech;

/// <summary>A paragraph marked as being read (Text null: none), at <paramref name="Seconds"/> into the recording.</summary>
public sealed record ReadingMark(double Seconds, string? Text);
