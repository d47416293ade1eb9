using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Cluster;

public static class ClusterRoundServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TRound"/> as a singleton that <see cref="ClusterRoundService"/> runs on its interval.</summary>
    public static IServiceCollection AddClusterRound<TRound>(this IServiceCollection services)
        where TRound : class, IClusterRound
    {
        services.AddSingleton<TRound>();
        services.AddSingleton<IClusterRound>(provider => provider.GetRequiredService<TRound>());
        return services;
    }
}
