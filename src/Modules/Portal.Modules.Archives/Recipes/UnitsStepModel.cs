using Portal.Core.Recipes;

namespace Portal.Modules.Archives.Recipes;

internal sealed class UnitsStepModel : RecipeStepModel
{
    /// <summary>Parents before their children; each unit is matched by its code on a second run.</summary>
    public List<UnitRecipeItem> Units { get; set; } = [];
}
