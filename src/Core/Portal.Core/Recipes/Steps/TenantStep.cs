using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Recipes.Steps;

/// <summary>Creates a tenant (or brings an existing one in line) and makes it the current tenant.</summary>
internal sealed class TenantStep(TenantStore store, TenantManager tenants, FeatureManager features, ModuleCatalog catalog) : RecipeStep<TenantStepModel>
{
    public override string Name => "tenant";

    protected override bool RequiresTenant => false;

    protected override async Task ValidateAsync(RecipeContext context, TenantStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        if (TenantNameRules.CheckName(model.Name) is { } nameError)
        {
            errors.Add(("name", nameError));
            return;
        }

        var existing = await store.FindAsync(model.Name!, cancellationToken);
        if (string.IsNullOrWhiteSpace(model.DisplayName) && existing is null)
        {
            errors.Add(("displayName", "站点名称不能为空。"));
        }

        if (model.Prefix is not null && TenantNameRules.CheckName(model.Prefix, "网址前缀") is { } prefixError)
        {
            errors.Add(("prefix", prefixError));
        }
        else if (model.Prefix is not null && await store.FindByPrefixAsync(model.Prefix, cancellationToken) is { } owner && owner.Name != model.Name)
        {
            errors.Add(("prefix", $"网址前缀“{model.Prefix}”已被站点“{owner.Name}”使用。"));
        }

        for (var i = 0; i < (model.Hosts?.Count ?? 0); i++)
        {
            if (TenantNameRules.CheckHost(model.Hosts![i]) is { } hostError)
            {
                errors.Add(($"hosts[{i}]", hostError));
            }
        }

        if (model.Parent is not null && !await context.TenantExistsAsync(model.Parent, cancellationToken))
        {
            errors.Add(("parent", $"上级站点“{model.Parent}”不存在，请先创建它。"));
        }

        if (model.Theme is not null && catalog.Find(model.Theme) is not { Manifest.IsTheme: true })
        {
            errors.Add(("theme", $"主题“{model.Theme}”不存在。"));
        }

        if (model.Database is not null && !Enum.TryParse<DatabaseProvider>(model.Database, ignoreCase: true, out _))
        {
            errors.Add(("database", $"数据库“{model.Database}”无效：只能是 sqlite 或 postgres。"));
        }

        CheckFeatures(model.Features, "features", errors);
        CheckFeatures(model.ChildFeatureCap, "childFeatureCap", errors);
        context.KnownTenants.Add(model.Name!);
        context.CurrentTenant = model.Name;
        var defaults = catalog.Features.Where(m => m.Manifest.EnabledByDefault).Select(m => m.Id);
        context.PlanFeatures(model.Name!, (existing?.Features ?? []).Concat(model.Features ?? (existing is null ? defaults : [])).Where(f => catalog.Find(f) is not null));
    }

    protected override async Task ExecuteAsync(RecipeContext context, TenantStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        var name = model.Name!;
        context.CurrentTenant = name;
        var existing = await store.FindAsync(name, cancellationToken);
        if (existing is null)
        {
            await tenants.CreateAsync(
                new TenantDraft(name, model.DisplayName!)
                {
                    Prefix = model.Prefix,
                    Hosts = model.Hosts ?? [],
                    Parent = model.Parent,
                    Theme = model.Theme,
                    Provider = model.Database is null ? null : Enum.Parse<DatabaseProvider>(model.Database, ignoreCase: true),
                    Features = model.Features,
                },
                cancellationToken);
            if (model.ChildFeatureCap is not null)
            {
                await store.UpdateAsync(name, t => t.ChildFeatureCap = model.ChildFeatureCap, cancellationToken: cancellationToken);
            }

            context.Changes.Add($"创建站点 {name}");
            return;
        }

        if (NeedsUpdate(existing, model))
        {
            await store.UpdateAsync(name, t => Apply(t, model), cancellationToken: cancellationToken);
            context.Changes.Add($"更新站点 {name}");
        }

        if (model.Features is not null && (await features.EnableAsync(name, model.Features, cancellationToken)).Count > 0)
        {
            context.Changes.Add($"站点 {name} 启用功能");
        }

        if (existing.State == TenantState.Uninitialized)
        {
            await tenants.SetupAsync(name, cancellationToken);
            context.Changes.Add($"初始化站点 {name}");
        }
    }

    private void CheckFeatures(List<string>? ids, string field, List<(string Field, string Message)> errors)
    {
        for (var i = 0; i < (ids?.Count ?? 0); i++)
        {
            if (catalog.Find(ids![i]) is not { Manifest.IsTheme: false })
            {
                errors.Add(($"{field}[{i}]", $"功能“{ids[i]}”不存在。"));
            }
        }
    }

    private static bool NeedsUpdate(Tenant tenant, TenantStepModel model)
        => (model.DisplayName is not null && model.DisplayName != tenant.DisplayName)
            || (model.Prefix is not null && model.Prefix != tenant.Prefix)
            || (model.Hosts is not null && !model.Hosts.SequenceEqual(tenant.Hosts))
            || (model.Theme is not null && model.Theme != tenant.Theme)
            || (model.ChildFeatureCap is not null && !model.ChildFeatureCap.SequenceEqual(tenant.ChildFeatureCap ?? []));

    private static void Apply(Tenant tenant, TenantStepModel model)
    {
        tenant.DisplayName = model.DisplayName ?? tenant.DisplayName;
        tenant.Prefix = model.Prefix ?? tenant.Prefix;
        tenant.Hosts = model.Hosts ?? tenant.Hosts;
        tenant.Theme = model.Theme ?? tenant.Theme;
        tenant.ChildFeatureCap = model.ChildFeatureCap ?? tenant.ChildFeatureCap;
    }
}
