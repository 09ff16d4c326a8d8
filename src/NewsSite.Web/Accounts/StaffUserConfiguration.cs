using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsSite.Web.Accounts;

/// <summary>Identity's tables, named for what they hold in NewsSite rather than after the framework.</summary>
public sealed class StaffUserConfiguration :
    IEntityTypeConfiguration<StaffUser>,
    IEntityTypeConfiguration<IdentityRole>,
    IEntityTypeConfiguration<IdentityUserRole<string>>,
    IEntityTypeConfiguration<IdentityUserClaim<string>>,
    IEntityTypeConfiguration<IdentityUserLogin<string>>,
    IEntityTypeConfiguration<IdentityUserToken<string>>,
    IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("staff_users");
        builder.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
    }

    /// <summary>
    /// The roles are part of the schema, written by the migration, so that no two starting
    /// instances race to create them.
    /// </summary>
    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("staff_roles");
        builder.HasData(StaffRoles.All.Select(role => new IdentityRole(role)
        {
            Id = role.ToLowerInvariant(),
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = role.ToLowerInvariant(),
        }));
    }

    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("staff_user_roles");

    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("staff_user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("staff_user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("staff_user_tokens");

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("staff_role_claims");
}
