namespace Portal.Core.Recipes;

/// <summary>Thrown when a recipe fails validation; nothing of it has been applied.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(IReadOnlyList<RecipeError> errors)
        : base("配方校验未通过，未执行任何步骤：" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public RecipeException() : this([]) { }

    public RecipeException(string message) : base(message) => Errors = [];

    public RecipeException(string message, Exception innerException) : base(message, innerException) => Errors = [];

    public IReadOnlyList<RecipeError> Errors { get; }
}
