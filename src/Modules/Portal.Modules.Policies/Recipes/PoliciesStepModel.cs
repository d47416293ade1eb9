using Portal.Core.Recipes;

namespace Portal.Modules.Policies.Recipes;

public sealed class PoliciesStepModel : RecipeStepModel
{
    public List<PolicyRecipeDocument> Documents { get; set; } = [];
}
