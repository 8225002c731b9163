using Dateline.Data;
using Microsoft.AspNetCore.Identity;

namespace Dateline.Newsroom;

public static class NewsroomServices
{
    /// <summary>Accounts on our database: what both the web host and the `users` verb need.</summary>
    public static IServiceCollection AddNewsroomAccounts(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddIdentityCore<NewsroomUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): a long passphrase beats "Passw0rd!".
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 4;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<DatelineDb>()
            .AddClaimsPrincipalFactory<NewsroomClaims>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<NewsroomAccounts>();
        return services;
    }
}
