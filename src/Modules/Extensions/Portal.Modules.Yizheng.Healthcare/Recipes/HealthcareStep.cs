using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Recipes;

/// <summary>Recipe step added by the plugin: seeds assignments, keyed by retiree name and unit.</summary>
internal sealed class HealthcareStep : RecipeStep<HealthcareStepModel>
{
    public override string Name => "healthcare";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, HealthcareStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < model.Assignments.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(model.Assignments[i].RetireeName))
            {
                errors.Add(($"assignments[{i}].retireeName", "姓名不能为空。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, HealthcareStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<HealthcareDbContext>();
        foreach (var assignment in model.Assignments)
        {
            if (await db.Assignments.AnyAsync(a => a.RetireeName == assignment.RetireeName && a.Unit == assignment.Unit, cancellationToken))
            {
                continue;
            }

            assignment.Id = 0;
            assignment.Version = 1;
            assignment.UpdatedUtc = DateTime.UtcNow;
            assignment.UpdatedBy = "配方";
            db.Assignments.Add(assignment);
            context.Changes.Add($"站点 {tenant} 健康服务台登记 {assignment.RetireeName}");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
