namespace Portal.Core.Recipes.Steps;

public sealed class TenantStepModel : RecipeStepModel
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public string? Prefix { get; set; }

    public List<string>? Hosts { get; set; }

    public string? Parent { get; set; }

    public string? Theme { get; set; }

    /// <summary>"sqlite" or "postgres"; the platform's default when absent.</summary>
    public string? Database { get; set; }

    public List<string>? Features { get; set; }

    public List<string>? ChildFeatureCap { get; set; }
}
