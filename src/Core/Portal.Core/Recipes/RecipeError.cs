namespace Portal.Core.Recipes;

/// <summary>A problem found in a recipe: which step, which field, what is wrong (in Chinese).</summary>
public sealed record RecipeError(int StepIndex, string StepName, string Field, string Message)
{
    public override string ToString() => $"steps[{StepIndex}]（{StepName}）.{Field}：{Message}";
}
