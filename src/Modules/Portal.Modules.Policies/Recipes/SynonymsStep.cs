using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Recipes;

/// <summary>Adds synonym groups a site does not have yet (same words in any order count as the same group).</summary>
internal sealed class SynonymsStep : RecipeStep<SynonymsStepModel>
{
    public override string Name => "synonyms";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, SynonymsStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < model.Groups.Count; i++)
        {
            if (SynonymGroup.Split(model.Groups[i]).Count < 2)
            {
                errors.Add(($"groups[{i}]", "一组同义词至少要有两个词，用空格分开。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, SynonymsStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var existing = (await db.Synonyms.AsNoTracking().Select(s => s.Terms).ToListAsync(cancellationToken))
            .Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var group in model.Groups)
        {
            var terms = string.Join(' ', SynonymGroup.Split(group));
            if (existing.Add(Key(terms)))
            {
                db.Synonyms.Add(new SynonymGroup { Terms = terms });
                context.Changes.Add($"站点 {tenant} 同义词 {terms}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Key(string terms) => string.Join(' ', SynonymGroup.Split(terms).Order(StringComparer.Ordinal));
}
