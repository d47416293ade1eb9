using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Recipes.Steps;

/// <summary>Switches features on and off for the step's tenant, with the usual dependency rules.</summary>
internal sealed class FeaturesStep(FeatureManager features, ModuleCatalog catalog, TenantStore store) : RecipeStep<FeaturesStepModel>
{
    public override string Name => "features";

    protected override async Task ValidateAsync(RecipeContext context, FeaturesStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(tenant!, cancellationToken);
        foreach (var (list, field) in new[] { (model.Enable, "enable"), (model.Disable, "disable") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var module = catalog.Find(list[i]);
                if (module is not { Manifest.IsTheme: false })
                {
                    errors.Add(($"{field}[{i}]", $"功能“{list[i]}”不存在。"));
                }
                else if (field == "disable" && module.Manifest.AlwaysOn)
                {
                    errors.Add(($"{field}[{i}]", $"“{module.Manifest.Name}”是基础功能，不能停用。"));
                }
                else if (field == "enable" && existing is not null && await features.WhyNotAllowedAsync(existing, module, cancellationToken) is { } reason)
                {
                    errors.Add(($"{field}[{i}]", reason));
                }
            }
        }

        context.PlanFeatures(tenant!, model.Enable.Where(f => catalog.Find(f) is { Manifest.IsTheme: false }));
        context.PlannedFeatures[tenant!].ExceptWith(model.Disable);
    }

    protected override async Task ExecuteAsync(RecipeContext context, FeaturesStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        var enabled = await features.EnableAsync(tenant!, model.Enable, cancellationToken);
        var disabled = await features.DisableAsync(tenant!, model.Disable, cancellationToken);
        context.Changes.AddRange(enabled.Select(f => $"站点 {tenant} 启用 {f}"));
        context.Changes.AddRange(disabled.Select(f => $"站点 {tenant} 停用 {f}"));
    }
}
