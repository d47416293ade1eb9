using Portal.Core.Recipes;

namespace Portal.Modules.Policies.Recipes;

internal sealed class PoliciesStepModel : RecipeStepModel
{
    public List<PolicyRecipeDocument> Documents { get; set; } = [];
}
