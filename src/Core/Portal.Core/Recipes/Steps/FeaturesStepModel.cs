namespace Portal.Core.Recipes.Steps;

public sealed class FeaturesStepModel : RecipeStepModel
{
    public List<string> Enable { get; set; } = [];

    public List<string> Disable { get; set; } = [];
}
