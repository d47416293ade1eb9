namespace Portal.Core.Recipes.Steps;

public sealed class BrandingStepModel : RecipeStepModel
{
    public string? SiteName { get; set; }

    public string? MainColor { get; set; }

    /// <summary>A logo file (SVG or PNG), relative to the recipe's folder.</summary>
    public string? Logo { get; set; }

    public string? Footer { get; set; }

    public string? SiteIdCode { get; set; }

    public string? IcpNumber { get; set; }
}
