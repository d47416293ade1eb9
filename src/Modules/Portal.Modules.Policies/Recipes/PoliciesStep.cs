using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.WritePolicies;

namespace Portal.Modules.Policies.Recipes;

/// <summary>Upserts policy documents by external id; a second run changes nothing.</summary>
internal sealed class PoliciesStep : RecipeStep<PoliciesStepModel>
{
    public override string Name => "policies";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, PoliciesStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        var ids = model.Documents.Select(d => d.ExternalId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Documents.Count; i++)
        {
            var document = model.Documents[i];
            var field = $"documents[{i}]";
            if (string.IsNullOrWhiteSpace(document.ExternalId))
            {
                errors.Add(($"{field}.externalId", "外部编号不能为空。"));
            }
            else if (!seen.Add(document.ExternalId))
            {
                errors.Add(($"{field}.externalId", $"外部编号“{document.ExternalId}”重复。"));
            }

            if (string.IsNullOrWhiteSpace(document.Title))
            {
                errors.Add(($"{field}.title", "标题不能为空。"));
            }

            if (document.Validity is not null && !PolicyValidityText.TryParse(document.Validity, out _))
            {
                errors.Add(($"{field}.validity", "有效性只能是 现行有效、已修订、已废止 或 失效。"));
            }

            if (document.Level is not null && !PolicyLevels.All.Contains(document.Level))
            {
                errors.Add(($"{field}.level", "层级只能是 中央、省、市 或 县。"));
            }

            if (document.ReplacedBy is not null && !ids.Contains(document.ReplacedBy))
            {
                errors.Add(($"{field}.replacedBy", $"替代文件“{document.ReplacedBy}”不在本步骤的文件中。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, PoliciesStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var items = model.Documents.Select(item => new PolicyUpsert(item.ExternalId, input => Fill(input, item), item.ReplacedBy,
            item.Published ? PolicyStatus.Published : PolicyStatus.Draft)).ToList();
        // Indexing is left to the site's own catch-up: a recipe may run from the command line beside a running host.
        var result = await scope.ServiceProvider.GetRequiredService<PolicyWriter>().UpsertAsync(items, PolicyWriteOrigin.Recipe, index: false, cancellationToken);
        if (result.Refused is [var (index, message), ..])
        {
            // Validation above mirrors the writer's rules, so this is a rule it alone knows (e.g. a 标题 too long).
            throw new PortalException($"documents[{index}]：{message}");
        }

        context.Changes.AddRange(result.Written.Select(title => $"站点 {tenant} 政策文件 {title}"));
    }

    /// <summary>A recipe owns every field of its documents; the writer applies the editor's rules (trimming, canonical 发文字号).</summary>
    private static void Fill(PolicyInput input, PolicyRecipeDocument item)
    {
        input.Title = item.Title;
        input.DocNumber = item.DocNumber;
        input.Issuer = item.Issuer;
        input.WrittenOn = item.WrittenOn;
        input.PublishedOn = item.PublishedOn ?? item.WrittenOn;
        input.EffectiveOn = item.EffectiveOn;
        input.RepealedOn = item.RepealedOn;
        input.Category = item.Category;
        input.Keywords = item.Keywords;
        input.Genre = item.Genre;
        input.IndexNumber = item.IndexNumber;
        input.Level = item.Level ?? input.Level;
        input.Validity = PolicyValidityText.TryParse(item.Validity, out var validity) ? validity : PolicyValidity.Current;
        input.Body = item.Body;
    }
}
