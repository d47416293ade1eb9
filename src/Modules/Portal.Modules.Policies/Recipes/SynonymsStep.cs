using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Policies.Features.Synonyms;

namespace Portal.Modules.Policies.Recipes;

/// <summary>Adds synonym groups a site does not have yet (same words in any order count as the same group).</summary>
internal sealed class SynonymsStep : RecipeStep<SynonymsStepModel>
{
    public override string Name => "synonyms";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, SynonymsStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        errors.AddRange(SynonymWriter.Check(model.Groups).Select(i => ($"groups[{i}]", SynonymWriter.TooFewWords)));
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, SynonymsStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var added = await scope.ServiceProvider.GetRequiredService<SynonymWriter>().AddMissingAsync(model.Groups, cancellationToken);
        context.Changes.AddRange(added.Select(terms => $"站点 {tenant} 同义词 {terms}"));
    }
}
