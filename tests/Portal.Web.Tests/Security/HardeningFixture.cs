using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Modules.Audit.Features.Write;

namespace Portal.Web.Tests.Security;

/// <summary>An audit log that fails for requests marked X-Test-Break-Audit, to see an error page without a stack trace.</summary>
public abstract class HardeningFixture(DatabaseProvider provider) : SecurityFixture(provider)
{
    protected override Action<IWebHostBuilder>? Customize => builder => builder.ConfigureTestServices(services =>
        services.AddScoped<IAuditLog>(provider =>
            provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers.ContainsKey("X-Test-Break-Audit") == true
                ? new ThrowingAuditLog()
                : ActivatorUtilities.CreateInstance<AuditLog>(provider)));
}

public sealed class SqliteHardening() : HardeningFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHardening() : HardeningFixture(DatabaseProvider.Postgres);
