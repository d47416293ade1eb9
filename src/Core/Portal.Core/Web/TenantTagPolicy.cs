using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Core.Web;

/// <summary>
/// Tags a cached page with its tenant (a registry change evicts that tenant's pages only) and with the
/// tenants whose content it shows (its own, plus what the page declared with PublicPageCache.DependsOn).
/// </summary>
internal sealed class TenantTagPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var shell = context.HttpContext.RequestServices.GetRequiredService<TenantContext>().Shell;
        if (shell is null)
        {
            context.Tags.Add(PublicPageCache.PlatformTag);
        }
        else
        {
            context.Tags.Add(PublicPageCache.TenantTag(shell.Name));
            context.Tags.Add(PublicPageCache.ContentTag(shell.Name));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Runs when the response starts, after the page's handler declared what it shows.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        foreach (var name in PublicPageCache.Dependencies(context.HttpContext))
        {
            context.Tags.Add(PublicPageCache.ContentTag(name));
        }

        return ValueTask.CompletedTask;
    }
}
