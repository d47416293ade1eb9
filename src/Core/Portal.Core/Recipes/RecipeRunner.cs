using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Core.Recipes;

/// <summary>
/// Runs a recipe: reads it, validates every step first (nothing runs if any step is wrong), then
/// executes the steps in order. Steps are written to be idempotent, so a second run changes nothing.
/// </summary>
public sealed class RecipeRunner(IEnumerable<IRecipeStep> steps, IServiceProvider services)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> StepNames => _steps.Keys;

    public async Task<IReadOnlyList<string>> RunFileAsync(string path, string? tenant = null, CancellationToken cancellationToken = default)
    {
        await using var stream = await RecipeFiles.ReadAsync(path, cancellationToken);
        return await RunAsync(stream, Path.GetDirectoryName(Path.GetFullPath(path))!, tenant, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> RunAsync(Stream json, string recipeDirectory, string? tenant = null, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new RecipeException($"配方不是有效的 JSON（第 {exception.LineNumber + 1} 行）：{exception.Message}", exception);
        }

        using (document)
        {
            var stepElements = ReadSteps(document.RootElement);
            await using var scope = services.CreateAsyncScope();
            var context = new RecipeContext(scope.ServiceProvider, recipeDirectory) { CurrentTenant = tenant };
            var store = scope.ServiceProvider.GetRequiredService<TenantStore>();
            var errors = await ValidateAsync(context, store, stepElements, tenant, cancellationToken);
            if (errors.Count > 0)
            {
                throw new RecipeException(errors);
            }

            context.CurrentTenant = tenant;
            foreach (var element in stepElements)
            {
                var step = _steps[element.GetProperty("step").GetString()!];
                await step.ExecuteAsync(context, element, cancellationToken);
            }

            return context.Changes;
        }
    }

    private async Task<List<RecipeError>> ValidateAsync(RecipeContext context, TenantStore store, List<JsonElement> stepElements, string? tenant, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        if (tenant is not null)
        {
            if (await store.FindAsync(tenant, cancellationToken) is null)
            {
                errors.Add(new RecipeError(-1, "--tenant", "tenant", $"站点“{tenant}”不存在。"));
                return errors;
            }

            // Also plans the tenant's features, so a module's step for this tenant sees its feature on.
            await context.TenantExistsAsync(tenant, cancellationToken);
        }

        for (var index = 0; index < stepElements.Count; index++)
        {
            var element = stepElements[index];
            var name = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("step", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString()! : null;
            if (name is null || !_steps.TryGetValue(name, out var step))
            {
                var known = string.Join("、", _steps.Keys.Order(StringComparer.Ordinal));
                errors.Add(new RecipeError(index, name ?? "?", "step", name is null ? "缺少步骤类型 \"step\"。" : $"未知的步骤类型“{name}”，可用的有：{known}。"));
                continue;
            }

            foreach (var (field, message) in await step.ValidateAsync(context, element, cancellationToken))
            {
                errors.Add(new RecipeError(index, name, field, message));
            }
        }

        return errors;
    }

    private static List<JsonElement> ReadSteps(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException("配方必须是一个含有 \"steps\" 数组的 JSON 对象。");
        }

        return [.. steps.EnumerateArray()];
    }
}
