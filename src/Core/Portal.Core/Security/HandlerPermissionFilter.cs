using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Core.Security;

/// <summary>Refuses (403) a page handler whose <see cref="RequireHandlerPermissionAttribute"/> the user lacks, before it runs.</summary>
internal sealed class HandlerPermissionFilter : IAsyncPageFilter
{
    // Read once per handler method: reading attributes by reflection on every request cost every page a few microseconds.
    private static readonly ConcurrentDictionary<MethodInfo, RequireHandlerPermissionAttribute[]> Required = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var required = context.HandlerMethod?.MethodInfo is { } method
            ? Required.GetOrAdd(method, m => [.. m.GetCustomAttributes<RequireHandlerPermissionAttribute>()])
            : [];
        if (required.Any(r => !context.HttpContext.User.HasPermission(r.Permission)))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
