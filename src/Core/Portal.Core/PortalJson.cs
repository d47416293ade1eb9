using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Portal.Core;

/// <summary>
/// The JSON options of the whole portal: web casing, Chinese written as itself (not \uXXXX), and
/// lenient reading of hand-written files (comments, trailing commas).
/// </summary>
public static class PortalJson
{
    /// <summary>Reading and writing data: recipes, events, stored documents.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Output for people and scripts on the command line.</summary>
    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };
}
