namespace Portal.Core.Recipes.Steps;

public sealed class ThemeStepModel : RecipeStepModel
{
    public string? Theme { get; set; }
}
