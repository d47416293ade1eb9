namespace Portal.Core.Themes;

/// <summary>
/// 语速 of read-aloud. Kept with the display choices (same cookie) so that the page renders the reader's
/// choice and readaloud.js only reads it from the page.
/// </summary>
public enum SpeechRate
{
    Slow = 0,
    Normal = 1,
    Fast = 2,
}
