using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Core.Themes;

namespace Portal.Core.Recipes.Steps;

/// <summary>Sets the site name, main colour, logo, footer and government identifiers of a tenant.</summary>
internal sealed class BrandingStep(TenantStore store, TenantMedia media) : RecipeStep<BrandingStepModel>
{
    public override string Name => "branding";

    protected override Task ValidateAsync(RecipeContext context, BrandingStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        if (model.SiteName is { Length: 0 or > 60 })
        {
            errors.Add(("siteName", "网站名称应为 1 到 60 个字。"));
        }

        if (model.MainColor is not null && ColorContrast.CheckMainColor(model.MainColor) is { } colorError)
        {
            errors.Add(("mainColor", colorError));
        }

        if (model.Logo is not null)
        {
            if (RecipeFiles.Resolve(context.RecipeDirectory, model.Logo) is not { } file)
            {
                errors.Add(("logo", $"标志文件“{model.Logo}”必须位于配方所在目录之内（不能用绝对路径或“..”）。"));
            }
            else if (!File.Exists(file))
            {
                errors.Add(("logo", $"找不到标志文件“{model.Logo}”（相对于配方所在目录）。"));
            }
            else if (new FileInfo(file).Length > TenantMedia.MaxLogoBytes)
            {
                errors.Add(("logo", "标志文件不能超过 200KB。"));
            }
            else if (TenantMedia.CheckLogo(file, File.ReadAllBytes(file)) is { } logoError)
            {
                errors.Add(("logo", logoError));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, BrandingStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        var existing = (await store.FindAsync(tenant!, cancellationToken))!;
        var branding = existing.Branding.Clone();
        branding.SiteName = model.SiteName ?? branding.SiteName;
        branding.MainColor = model.MainColor ?? branding.MainColor;
        branding.Footer = model.Footer ?? branding.Footer;
        branding.SiteIdCode = model.SiteIdCode ?? branding.SiteIdCode;
        branding.IcpNumber = model.IcpNumber ?? branding.IcpNumber;
        if (model.Logo is not null)
        {
            var bytes = await File.ReadAllBytesAsync(RecipeFiles.Resolve(context.RecipeDirectory, model.Logo)!, cancellationToken);
            branding.LogoFile = await media.SaveLogoAsync(tenant!, bytes, cancellationToken);
        }

        if (!SameAs(existing.Branding, branding))
        {
            await store.UpdateAsync(tenant!, t => t.Branding = branding, cancellationToken: cancellationToken);
            context.Changes.Add($"站点 {tenant} 更新外观");
        }
    }

    private static bool SameAs(TenantBranding a, TenantBranding b)
        => a.SiteName == b.SiteName && a.MainColor == b.MainColor && a.LogoFile == b.LogoFile && a.Footer == b.Footer
            && a.SiteIdCode == b.SiteIdCode && a.IcpNumber == b.IcpNumber;
}
