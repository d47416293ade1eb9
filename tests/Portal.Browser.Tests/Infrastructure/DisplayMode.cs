namespace Portal.Browser.Tests.Infrastructure;

/// <summary>The reader's display choice, set as the device cookie the header switch writes.</summary>
public enum DisplayMode
{
    Standard,
    Elder,
    HighContrast,

    /// <summary>长辈模式 with the largest text size (特大).</summary>
    ElderLargestText,
}
