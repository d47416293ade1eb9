using Portal.Core.Recipes;
using Portal.Modules.Yizheng.Healthcare.Features.Records;

namespace Portal.Modules.Yizheng.Healthcare.Recipes;

internal sealed class HealthcareStepModel : RecipeStepModel
{
    public List<HealthcareRecordInput> Assignments { get; set; } = [];
}
