using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;
using Portal.Modules.Users.Features.Roles;
using Portal.Modules.Users.Features.Settings;
using Portal.Modules.Users.Features.SignIn;
using Portal.Modules.Users.Persistence;
using Portal.Modules.Users.Recipes;

namespace Portal.Modules.Users;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Users.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Users.Permissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("账号管理", "admin/users", 700) { Permission = Users.Permissions.ManageUsers },
        new("角色与权限", "admin/roles", 710) { Permission = Users.Permissions.ManageRoles },
        new("安全设置", "admin/security", 720) { Permission = Users.Permissions.SecuritySettings },
    ];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<UsersDbContext, UsersSchema>();
        services.AddTenantDbContext<SecurityDbContext, SecuritySchema>();
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordKindsValidator>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();
        // Role and permission changes reach open sessions at the next check; a disabled account is out within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".portal.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(SecuritySettings.DefaultIdleMinutes);
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionCookieEvents.SigningInAsync;
            options.Events.OnValidatePrincipal = SessionCookieEvents.ValidatePrincipalAsync;
            options.Events.OnRedirectToAccessDenied = SessionCookieEvents.ForbiddenAsync;
            options.Events.OnRedirectToLogin = SessionCookieEvents.RedirectToLoginAsync;
        });
        // Also needed by the command line's recipe runs, which have no web stack.
        services.TryAddSingleton<PermissionCatalog>();
        services.AddSingleton<SecuritySettingsCache>();
        services.AddScoped<SecuritySettingsStore>();
        services.AddScoped<TwoFactorPolicy>();
        services.AddScoped<AccountLookup>();
        services.AddScoped<StaffPasswordReset>();
        services.AddScoped<SessionStamps>();
        services.AddScoped<AccountPhones>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<RoleAssignment>();
        services.AddSingleton<RoleWriteLock>();
        services.AddSingleton<IRecipeStep, UsersStep>();
        services.AddSingleton<IRecipeStep, RolesStep>();
        services.AddSingleton<InitialCredentials>();
    }
}
