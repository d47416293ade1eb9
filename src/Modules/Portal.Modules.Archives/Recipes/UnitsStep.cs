using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Features.Units;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Recipes;

/// <summary>
/// Adds or updates a site's units, matched by code, through <see cref="UnitWriter"/>; a unit already as the recipe
/// says is left alone, so a second run changes nothing.
/// </summary>
internal sealed class UnitsStep : RecipeStep<UnitsStepModel>
{
    public override string Name => "units";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, UnitsStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Units.Count; i++)
        {
            var item = model.Units[i];
            var input = InputOf(item, UnitType.PartyAndGovernment, parentId: null);
            errors.AddRange(UnitRules.Check(input).Select(e => ($"units[{i}].{Field(e.Field)}", e.Message)));
            if (item.Type is { Length: > 0 } type && UnitTypeText.Parse(type) is null)
            {
                errors.Add(($"units[{i}].type", $"单位类型“{type}”不认识：只能是 {string.Join("、", UnitTypeText.All.Select(t => t.Label()))}。"));
            }

            var code = UnitRules.Normalise(input).Code;
            if (code.Length > 0 && !codes.Add(code))
            {
                errors.Add(($"units[{i}].code", $"单位代码 {code} 在本步骤中出现了两次。"));
            }

            if (item.Parent is { Length: > 0 } parent && UnitRules.Code(parent) == code)
            {
                errors.Add(($"units[{i}].parent", "上级单位不能是它自己。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, UnitsStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<UnitWriter>();
        foreach (var item in model.Units)
        {
            var code = UnitRules.Code(item.Code);
            var stored = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
            int? parentId = null;
            if (item.Parent is { Length: > 0 } parentCode)
            {
                var wanted = UnitRules.Code(parentCode);
                parentId = stored.FirstOrDefault(u => u.Code == wanted)?.Id
                    ?? throw new RecipeException($"站点 {tenant} 的单位“{item.Name}”：上级单位代码 {wanted} 不存在（上级要写在下级之前）。");
            }

            var existing = stored.FirstOrDefault(u => u.Code == code);
            var input = InputOf(item, UnitTypeText.Parse(item.Type) ?? UnitType.PartyAndGovernment, parentId);
            input.Id = existing?.Id ?? 0;
            input.Version = existing?.Version ?? 0;
            Unit saved;
            try
            {
                saved = await writer.SaveAsync(input, "配方", cancellationToken);
            }
            catch (UnitException refused)
            {
                throw new RecipeException($"站点 {tenant} 的单位“{item.Name}”：{refused.Message}", refused);
            }

            if (existing is null || saved.Version != existing.Version)
            {
                context.Changes.Add($"站点 {tenant} 单位 {saved.Name}（{saved.Code}）");
            }
        }
    }

    private static UnitInput InputOf(UnitRecipeItem item, UnitType type, int? parentId)
        => new() { Name = item.Name, Code = item.Code, Type = type, ParentId = parentId, SortOrder = item.Order };

    private static string Field(string inputField) => inputField switch
    {
        nameof(UnitInput.Name) => "name",
        nameof(UnitInput.Code) => "code",
        nameof(UnitInput.Type) => "type",
        nameof(UnitInput.ParentId) => "parent",
        _ => inputField,
    };
}
