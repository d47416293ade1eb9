using Portal.Core.Recipes;
using Portal.Modules.Yizheng.Healthcare.Domain;

namespace Portal.Modules.Yizheng.Healthcare.Recipes;

public sealed class HealthcareStepModel : RecipeStepModel
{
    public List<HealthcareAssignment> Assignments { get; set; } = [];
}
