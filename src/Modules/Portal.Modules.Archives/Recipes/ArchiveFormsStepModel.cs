using Portal.Core.Recipes;
using Portal.Modules.Archives.Features.Forms;

namespace Portal.Modules.Archives.Recipes;

internal sealed class ArchiveFormsStepModel : RecipeStepModel
{
    public List<FormInput> Forms { get; set; } = [];
}
