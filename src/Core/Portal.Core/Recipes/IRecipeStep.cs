using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>A kind of recipe step ("tenant", "features" …). Modules add their own.</summary>
public interface IRecipeStep
{
    string Name { get; }

    /// <summary>Checks the step without changing anything; returns (field, message) pairs.</summary>
    Task<IReadOnlyList<(string Field, string Message)>> ValidateAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken);

    Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken);
}
