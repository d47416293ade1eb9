using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data.Protection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Operations;
using Portal.Core.Security;
using Portal.Core.Themes;
using Portal.Core.Web.Api;

namespace Portal.Core.Web;

public static class PortalWebExtensions
{
    /// <summary>Loads the modules (referenced and plugins) and registers the shell, the modules and the web stack.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var catalog = ModuleLoader.LoadForHost(builder.Configuration);
        var services = builder.Services;
        // Serves module and theme assets (/_content/…) from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        services.AddSingleton<PublicPageStore>();
        services.AddPortalCore(builder.Configuration, catalog);
        services.AddPortalBackgroundServices();
        services.AddHttpContextAccessor();
        services.AddPortalApiDocuments(); // the public JSON APIs, at /openapi/v1.json and /{prefix}/openapi/v1.json
        services.AddPortalSecurity(builder.Configuration);
        services.AddPortalOperations(builder.Configuration);
        // Chinese text is written as is, not as &#x...; entities: pages stay readable and smaller.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<ThemeSelector>();
        services.AddScoped<SiteIdentity>();
        services.AddScoped<Navigation.SiteNavigation>();
        services.AddPortalDataProtection();
        services.AddRazorPages(options =>
            {
                options.Conventions.Add(new FeaturePageConvention(catalog));
                options.Conventions.AuthorizeFolder("/Admin");
                options.Conventions.ConfigureFilter(new HandlerPermissionFilter()); // [RequireHandlerPermission]
            })
            .ConfigureApplicationPartManager(parts =>
            {
                parts.ApplicationParts.Add(new AssemblyPart(typeof(PortalWebExtensions).Assembly));
                var present = parts.ApplicationParts.OfType<AssemblyPart>().Select(p => p.Assembly).ToHashSet();
                foreach (var assembly in catalog.All.Select(m => m.Assembly).Distinct().Where(a => !present.Contains(a)))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            });
        return builder;
    }

    /// <summary>The request pipeline: kept public pages, static files, tenant resolution, routing, feature gate, sign-in, endpoints.</summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseReverseProxy(app.Configuration);
        app.UsePortalOperations();
        app.UsePortalSecurity();
        var pageCache = app.Configuration.GetValue(PublicPageCache.EnabledSetting, defaultValue: true);
        if (pageCache)
        {
            // Before tenant resolution, routing and sign-in: a kept answer costs a lookup, not a pipeline (ADR 0032).
            app.UseMiddleware<PublicPageCacheMiddleware>();
        }

        app.UseStatusCodePages(StatusPageWriter.WriteAsync);
        app.UseStaticFiles();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRouting();
        // The gate before sign-in: a feature that is off answers 404 to everyone, never 403 or a login redirect.
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseSignInRateLimiting();
        app.UseAuthentication();
        app.UseAuthorization();
        if (pageCache)
        {
            app.UseMiddleware<PublicPageCaptureMiddleware>();
        }

        app.MapRazorPages();
        DisplayEndpoints.Map(app);
        app.MapPortalApiDocuments();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.All)
        {
            var group = app.MapGroup("");
            if (!module.Manifest.IsTheme)
            {
                group.WithMetadata(new FeatureMetadata(module.Id));
            }

            module.Startup.MapEndpoints(group);
        }

        return app;
    }
}
