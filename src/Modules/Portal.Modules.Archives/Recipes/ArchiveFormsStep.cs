using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Archives.Features.Forms;

namespace Portal.Modules.Archives.Recipes;

/// <summary>
/// Ships a site's archive forms (recipes/archives-forms.recipe.json has the seven defaults). A form whose fields
/// differ from the site's current ones gets a new revision; the same definition again changes nothing.
/// </summary>
internal sealed class ArchiveFormsStep : RecipeStep<ArchiveFormsStepModel>
{
    public override string Name => "archiveForms";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, ArchiveFormsStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Forms.Count; i++)
        {
            errors.AddRange(FormWriter.Check(model.Forms[i]).Select(e => ($"forms[{i}].{e.Path}", e.Message)));
            if (model.Forms[i].Key is { } key && !keys.Add(key))
            {
                errors.Add(($"forms[{i}].key", $"表单“{key}”在本步骤中出现了两次。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, ArchiveFormsStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var writer = scope.ServiceProvider.GetRequiredService<FormWriter>();
        foreach (var input in model.Forms)
        {
            var (form, changed) = await writer.SaveAsync(input, "配方", cancellationToken);
            if (changed)
            {
                context.Changes.Add($"站点 {tenant} 档案表单 {form.Title} 第 {form.Revision} 版");
            }
        }
    }
}
