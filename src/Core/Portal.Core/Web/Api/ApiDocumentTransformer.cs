using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Web.Api;

/// <summary>
/// Makes the generated document callable as it stands. Inside a site: <c>servers</c> is the site's own
/// base address (host and prefix) and the paths are relative to it. On the platform: the paths carry the
/// site prefix as a path parameter, and each operation names the feature a site must have switched on.
/// Which operations appear at all is decided by <see cref="ApiDocuments"/> (public, feature on).
/// </summary>
internal sealed class ApiDocumentTransformer(IHttpContextAccessor http, ModuleCatalog catalog) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var request = http.HttpContext?.Request;
        var site = http.HttpContext?.RequestServices.GetService<TenantContext>()?.Shell;
        var baseAddress = request is null ? "/" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        document.Servers = [new OpenApiServer { Url = baseAddress, Description = site is null ? "平台" : site.Tenant.DisplayName }];
        document.Info ??= new OpenApiInfo();
        if (site is not null)
        {
            document.Info.Title = site.Tenant.DisplayName + " 开放接口";
            document.Info.Description = "本站已开通功能的公开接口（无需登录）。路径相对于上面的服务器地址。";
            return Task.CompletedTask;
        }

        document.Info.Title = "老干部工作网平台 开放接口";
        document.Info.Description = "各站点的公开接口（无需登录）。{prefix} 为站点前缀（例如 yizheng）；"
            + "每个站点自己的文档在 /{prefix}/openapi/v1.json，只列出该站点已开通的功能。";
        var features = context.DescriptionGroups.SelectMany(group => group.Items)
            .GroupBy(PublicApi.PathOf)
            .ToDictionary(g => g.Key, g => g.Select(PublicApi.FeatureOf).FirstOrDefault(f => f is not null));
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            if (item is OpenApiPathItem pathItem)
            {
                pathItem.Parameters ??= [];
                pathItem.Parameters.Add(PrefixParameter());
                if (features.GetValueOrDefault(path) is { } feature && catalog.Find(feature) is { } module)
                {
                    foreach (var operation in pathItem.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                    {
                        operation.Description = $"仅在开通“{module.Manifest.Name}”功能的站点可用。" + operation.Description;
                    }
                }
            }

            paths.Add("/{prefix}" + path, item);
        }

        document.Paths = paths;
        return Task.CompletedTask;
    }

    private static OpenApiParameter PrefixParameter() => new()
    {
        Name = "prefix",
        In = ParameterLocation.Path,
        Required = true,
        Description = "站点前缀，即站点网址的第一段，例如 yizheng（仪征市）。以独立域名访问的站点不需要前缀：改用该站点自己的文档。",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z][a-z0-9-]*$" },
    };
}
