using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.EditPolicy;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Recipes;

/// <summary>Upserts policy documents by external id; a second run changes nothing.</summary>
internal sealed class PoliciesStep(TimeProvider clock) : RecipeStep<PoliciesStepModel>
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
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PoliciesDbContext>();
        var level = await services.GetRequiredService<PolicySources>().LevelAsync(services.GetRequiredService<TenantContext>().RequiredShell, cancellationToken);
        var ids = model.Documents.Select(d => d.ExternalId).ToList();
        var existing = await db.Documents.Where(d => d.ExternalId != null && ids.Contains(d.ExternalId))
            .ToDictionaryAsync(d => d.ExternalId!, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = existing.ToDictionary(p => p.Key, p => Signature(p.Value), StringComparer.Ordinal);
        await using var transaction = await PolicyWrites.BeginAsync(db, cancellationToken);
        foreach (var item in model.Documents)
        {
            if (!existing.TryGetValue(item.ExternalId, out var document))
            {
                document = new PolicyDocument { ExternalId = item.ExternalId, CreatedUtc = now, Version = 0 };
                db.Documents.Add(document);
                existing[item.ExternalId] = document;
            }

            Apply(document, item, level);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in model.Documents)
        {
            existing[item.ExternalId].ReplacedById = item.ReplacedBy is null ? null : existing[item.ReplacedBy].Id;
        }

        foreach (var item in model.Documents)
        {
            var document = existing[item.ExternalId];
            if (before.TryGetValue(item.ExternalId, out var signature) && signature == Signature(document))
            {
                continue;
            }

            document.Version++;
            document.UpdatedUtc = now;
            document.UpdatedBy = "配方";
            PolicyWrites.Changed(db, document, now);
            context.Changes.Add($"站点 {tenant} 政策文件 {document.Title}");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A recipe's document goes through the editor's rules (trimming, canonical 发文字号), not a copy of them.</summary>
    private static void Apply(PolicyDocument document, PolicyRecipeDocument item, string level)
    {
        PolicyRules.Apply(document, new PolicyInput
        {
            ExternalId = item.ExternalId,
            Title = item.Title,
            DocNumber = item.DocNumber,
            Issuer = item.Issuer,
            WrittenOn = item.WrittenOn,
            PublishedOn = item.PublishedOn ?? item.WrittenOn,
            EffectiveOn = item.EffectiveOn,
            RepealedOn = item.RepealedOn,
            Category = item.Category,
            Keywords = item.Keywords,
            Genre = item.Genre,
            IndexNumber = item.IndexNumber,
            Level = item.Level ?? level,
            Validity = PolicyValidityText.TryParse(item.Validity, out var validity) ? validity : PolicyValidity.Current,
            Body = item.Body,
        });
        document.Status = item.Published ? PolicyStatus.Published : PolicyStatus.Draft;
    }

    private static string Signature(PolicyDocument d) => string.Join('\u001f',
        d.Title, d.DocNumber, d.Issuer, d.WrittenOn, d.PublishedOn, d.EffectiveOn, d.RepealedOn, d.Category, d.Keywords,
        d.Genre, d.IndexNumber, d.Level, d.Validity, d.ReplacedById, d.Body, d.Status);
}
