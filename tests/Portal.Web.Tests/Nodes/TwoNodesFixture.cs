using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Nodes;

/// <summary>
/// Two real hosts (Kestrel on loopback ports) on one PostgreSQL server, each with its own data folder
/// (search indexes), sharing the master key as two nodes behind a proxy would. Node B polls the
/// registry only every 30 s, so anything it sees sooner came through LISTEN/NOTIFY. Tenants may also
/// live on a second PostgreSQL cluster, named "second" in configuration.
/// </summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    public PortalFactory NodeA { get; private set; } = null!;

    public PortalFactory NodeB { get; private set; } = null!;

    public Uri AddressA { get; private set; } = null!;

    public Uri AddressB { get; private set; } = null!;

    public string SecondServer { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var a = new TestDatabase(DatabaseProvider.Postgres);
        var settings = await a.SettingsAsync();
        SecondServer = await PostgresServer.SecondConnectionStringAsync();
        settings["Portal:Protection:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["Portal:PostgresServers:second"] = SecondServer;
        settings["Portal:ChangePollInterval"] = "00:00:30";
        settings["Portal:ReverseProxy:KnownNetworks:0"] = "127.0.0.0/8";
        NodeA = new PortalFactory(a, settings);
        AddressA = Start(NodeA);

        var b = new TestDatabase(DatabaseProvider.Postgres);
        NodeB = new PortalFactory(b, new Dictionary<string, string?>(settings) { ["Portal:DataFolder"] = b.DataFolder });
        AddressB = Start(NodeB);
    }

    public async Task DisposeAsync()
    {
        await NodeB.DisposeAsync();
        await NodeA.DisposeAsync();
    }

    private static Uri Start(PortalFactory node)
    {
        node.UseKestrel(0);
        node.StartServer();
        var address = node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
