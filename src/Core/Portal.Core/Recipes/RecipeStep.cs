using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>Base for a step whose JSON binds to <typeparamref name="TModel"/>.</summary>
public abstract class RecipeStep<TModel> : IRecipeStep
    where TModel : RecipeStepModel
{
    public abstract string Name { get; }

    public async Task<IReadOnlyList<(string Field, string Message)>> ValidateAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        TModel? model;
        try
        {
            model = step.Deserialize<TModel>(PortalJson.Options);
        }
        catch (JsonException exception)
        {
            return [(exception.Path?.TrimStart('$', '.') ?? "", "字段类型不正确，请检查该值的写法。")];
        }

        if (model is null)
        {
            return [("", "步骤内容为空。")];
        }

        var tenant = model.Tenant ?? context.CurrentTenant;
        if (RequiresTenant && tenant is null)
        {
            return [("tenant", "没有指明站点：请在步骤中写 \"tenant\"，或放在 tenant 步骤之后，或运行时用 --tenant 指定。")];
        }

        if (RequiresTenant && !await context.TenantExistsAsync(tenant!, cancellationToken))
        {
            return [("tenant", $"站点“{tenant}”不存在。")];
        }

        if (FeatureId is { } feature && RequiresTenant && !(context.PlannedFeatures.GetValueOrDefault(tenant!)?.Contains(feature) ?? false))
        {
            return [("step", $"站点“{tenant}”没有启用功能“{feature}”：请先用 features 步骤启用它。")];
        }

        var errors = new List<(string, string)>();
        await ValidateAsync(context, model, tenant, errors, cancellationToken);
        return errors;
    }

    public Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var model = step.Deserialize<TModel>(PortalJson.Options)!;
        return ExecuteAsync(context, model, model.Tenant ?? context.CurrentTenant, cancellationToken);
    }

    /// <summary>The feature whose tables the step writes; the recipe is refused if the tenant will not have it on.</summary>
    protected virtual string? FeatureId => null;

    /// <summary>Whether the step works on a tenant (most do; the tenant step creates one).</summary>
    protected virtual bool RequiresTenant => true;

    protected abstract Task ValidateAsync(RecipeContext context, TModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken);

    protected abstract Task ExecuteAsync(RecipeContext context, TModel model, string? tenant, CancellationToken cancellationToken);
}
