using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Core.Web;

/// <summary>Tags a cached page with its tenant so a registry change can evict that tenant's pages only.</summary>
internal sealed class TenantTagPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var shell = context.HttpContext.RequestServices.GetRequiredService<TenantContext>().Shell;
        context.Tags.Add(shell is null ? PublicPageCache.PlatformTag : PublicPageCache.TenantTag(shell.Name));

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
