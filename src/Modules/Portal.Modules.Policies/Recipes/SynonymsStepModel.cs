using Portal.Core.Recipes;

namespace Portal.Modules.Policies.Recipes;

internal sealed class SynonymsStepModel : RecipeStepModel
{
    /// <summary>One group per entry, words separated by spaces: "老干部 离退休干部 老同志".</summary>
    public List<string> Groups { get; set; } = [];
}
