using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.SignIn;
using Portal.Modules.Users.Persistence;
using Portal.Modules.Users.Recipes;

namespace Portal.Modules.Users;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Users.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<UsersDbContext, UsersSchema>();
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".portal.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(20);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = TenantCookieValidator.ValidateAsync;
        });
        services.AddSingleton<IRecipeStep, UsersStep>();
        services.AddSingleton<IRecipeStep, RolesStep>();
        services.AddSingleton<InitialCredentials>();
    }
}
