using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Web.Tests.Security;

/// <summary>The security fixture on a manual clock (sessions, cookies and the audit log all read it).</summary>
public abstract class ClockedSecurityFixture(DatabaseProvider provider) : SecurityFixture(provider)
{
    public ManualClock Clock { get; } = new();

    protected override Action<IWebHostBuilder>? Customize => builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
}

public sealed class SqliteClockedSecurity() : ClockedSecurityFixture(DatabaseProvider.Sqlite);

public sealed class PostgresClockedSecurity() : ClockedSecurityFixture(DatabaseProvider.Postgres);
