using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Core.Data.Protection;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>One key ring for all nodes: in the host database, each key sealed with the master key (ADR 0016).</summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Portal");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            options.XmlRepository = ActivatorUtilities.CreateInstance<HostXmlRepository>(provider);
            options.XmlEncryptor = ActivatorUtilities.CreateInstance<MasterKeyXmlEncryptor>(provider);
        }));
        return services;
    }
}
