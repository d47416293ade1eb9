namespace Portal.Core.Recipes;

/// <summary>Fields every step has. A step without "tenant" applies to the recipe's current tenant.</summary>
public class RecipeStepModel
{
    public string? Step { get; set; }

    public string? Tenant { get; set; }
}
