using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Recipes.Steps;

/// <summary>Chooses the public theme of the step's tenant.</summary>
internal sealed class ThemeStep(TenantStore store, ModuleCatalog catalog) : RecipeStep<ThemeStepModel>
{
    public override string Name => "theme";

    protected override Task ValidateAsync(RecipeContext context, ThemeStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        if (catalog.Find(model.Theme ?? "") is not { Manifest.Theme.IsAdmin: false })
        {
            var themes = string.Join("、", catalog.Themes.Where(t => !t.Manifest.Theme!.IsAdmin).Select(t => t.Id));
            errors.Add(("theme", $"主题“{model.Theme}”不存在，可用的公共主题有：{themes}。"));
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, ThemeStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(tenant!, cancellationToken);
        if (existing!.Theme != model.Theme)
        {
            await store.UpdateAsync(tenant!, t => t.Theme = model.Theme!, cancellationToken: cancellationToken);
            context.Changes.Add($"站点 {tenant} 使用主题 {model.Theme}");
        }
    }
}
