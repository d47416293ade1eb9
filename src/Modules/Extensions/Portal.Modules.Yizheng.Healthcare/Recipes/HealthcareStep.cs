using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data.Protection;
using Portal.Core.Recipes;
using Portal.Modules.Yizheng.Healthcare.Features.Records;
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

            if (!string.IsNullOrWhiteSpace(model.Assignments[i].IdNumber) && !PersonalNumbers.IsValidIdNumber(model.Assignments[i].IdNumber))
            {
                errors.Add(($"assignments[{i}].idNumber", "身份证号不正确（校验位或出生日期不对）。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, HealthcareStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<HealthcareDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<HealthcareRecordWriter>();
        foreach (var assignment in model.Assignments)
        {
            var unit = assignment.Unit?.Trim() ?? "";
            if (await db.Assignments.AnyAsync(a => a.RetireeName == assignment.RetireeName && a.Unit == unit, cancellationToken))
            {
                continue;
            }

            assignment.Id = 0;
            await writer.SaveAsync(assignment, "配方", cancellationToken);
            context.Changes.Add($"站点 {tenant} 健康服务台登记 {assignment.RetireeName}");
        }
    }
}
