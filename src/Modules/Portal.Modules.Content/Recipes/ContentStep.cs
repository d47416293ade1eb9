using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.Columns;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Recipes;

/// <summary>
/// The "content" step: a site's columns (created when missing, by slug) and published items (by externalId, through
/// the writer like an import). Running it twice changes nothing.
/// </summary>
internal sealed class ContentStep : RecipeStep<ContentStepModel>
{
    public override string Name => "content";

    protected override string? FeatureId => Manifest.Id;

    protected override Task ValidateAsync(RecipeContext context, ContentStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < model.Columns.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(model.Columns[i].Slug) || string.IsNullOrWhiteSpace(model.Columns[i].Name))
            {
                errors.Add(($"columns[{i}]", "栏目需要 slug（网址）和 name（名称）。"));
            }
        }

        for (var i = 0; i < model.Items.Count; i++)
        {
            var item = model.Items[i];
            foreach (var (field, message) in ContentRules.Check(item))
            {
                errors.Add(($"items[{i}].{char.ToLowerInvariant(field[0])}{field[1..]}", message));
            }

            if (string.IsNullOrWhiteSpace(item.ExternalId))
            {
                errors.Add(($"items[{i}].externalId", "配方中的内容需要 externalId，重复运行时据此识别同一篇。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, ContentStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var columns = scope.ServiceProvider.GetRequiredService<ColumnWriter>();
        foreach (var column in model.Columns)
        {
            var slug = column.Slug.Trim().ToLowerInvariant();
            var existing = await db.Columns.AsNoTracking().Include(c => c.Sources).FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
            var sources = string.Join('\n', column.Sources);
            if (existing is not null && Same(existing, column))
            {
                continue;
            }

            await columns.SaveAsync(new ColumnInput
            {
                Id = existing?.Id ?? 0,
                Version = existing?.Version ?? 0,
                Slug = slug,
                Name = column.Name,
                Order = column.Order,
                RequiresReview = column.RequiresReview,
                InMenu = column.InMenu,
                Sources = sources,
            }, "配方", cancellationToken);
            context.Changes.Add($"站点 {tenant} 栏目 {column.Name}");
        }

        var writer = scope.ServiceProvider.GetRequiredService<ContentWriter>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var written = 0;
        foreach (var item in model.Items)
        {
            item.Id = 0;
            var (_, outcome) = await writer.UpsertAsync(item, "配方", "配方", cancellationToken);
            if (outcome != UpsertOutcome.Unchanged)
            {
                written++;
                context.Changes.Add($"站点 {tenant} 内容 {item.Title}");
            }
        }

        if (written > 0)
        {
            await audit.WriteAsync(new AuditEntry(ContentAuditActions.Import, "新闻与通知") { Detail = $"配方写入 {written} 篇" }, cancellationToken);
        }
    }

    private static bool Same(Column existing, ContentStepModel.ColumnModel column)
        => existing.Name == column.Name.Trim() && existing.Order == column.Order && existing.RequiresReview == column.RequiresReview
            && existing.InMenu == column.InMenu
            && existing.Sources.Select(s => $"{s.Site}/{s.ColumnSlug}").Order().SequenceEqual(column.Sources.Select(s => s.Trim().ToLowerInvariant()).Order());
}
