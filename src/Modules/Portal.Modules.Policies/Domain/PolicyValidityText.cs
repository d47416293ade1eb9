namespace Portal.Modules.Policies.Domain;

/// <summary>The Chinese words for 有效性, as shown on pages, in facets and in the index.</summary>
internal static class PolicyValidityText
{
    public static string Label(this PolicyValidity validity) => validity switch
    {
        PolicyValidity.Amended => "已修订",
        PolicyValidity.Repealed => "已废止",
        PolicyValidity.Expired => "失效",
        _ => "现行有效",
    };

    public static bool TryParse(string? text, out PolicyValidity validity)
    {
        foreach (var value in Enum.GetValues<PolicyValidity>())
        {
            if (string.Equals(value.Label(), text?.Trim(), StringComparison.Ordinal))
            {
                validity = value;
                return true;
            }
        }

        validity = PolicyValidity.Current;
        return false;
    }

    /// <summary>True when readers must be warned that the document no longer applies as written.</summary>
    public static bool NeedsBanner(this PolicyValidity validity) => validity != PolicyValidity.Current;
}
