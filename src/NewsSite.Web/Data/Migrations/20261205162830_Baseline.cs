using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace NewsSite.Web.Data.Migrations
{
    /// <summary>
    /// The whole schema in one migration, generated from the model, plus what the model cannot
    /// describe (triggers, their functions, and indexes on an expression or an unmapped column), in
    /// SQL at the end of <see cref="Up"/>. Its columns keep the order and the defaults of the chain
    /// of migrations it replaces (a column added to a table later comes after the others, with the
    /// default that filled the rows already there), so that a database made either way dumps the same. It runs in one transaction: its tables are empty, so none of its
    /// indexes is built concurrently (the model's <c>IsCreatedConcurrently</c> is for a later
    /// migration that builds one of them again).
    /// </summary>
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ip_address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "authors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    bio = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    avatar_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_authors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consent_wordings",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    first_shown_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_wordings", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "digest_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<long>(type: "bigint", nullable: false),
                    subscriber_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_deliveries", x => x.id);
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 60);

            migrationBuilder.CreateTable(
                name: "digest_editions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    period_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    intro = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    open_count = table.Column<long>(type: "bigint", nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "digest_schedules",
                columns: table => new
                {
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    time_of_day = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    day_of_week = table.Column<int>(type: "integer", nullable: false),
                    release_automatically = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_schedules", x => x.frequency);
                });

            migrationBuilder.CreateTable(
                name: "media_assets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    path = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    alt_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    credit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    variant_widths = table.Column<int[]>(type: "integer[]", nullable: false, defaultValue: new int[0])
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media_assets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    to_address = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_words",
                columns: table => new
                {
                    word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    articles = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_words", x => x.word);
                });

            migrationBuilder.CreateTable(
                name: "sections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "site_pages",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_pages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "site_secrets",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    value = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_secrets", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "site_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    site_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ads = table.Column<string>(type: "jsonb", nullable: false),
                    social_links = table.Column<string>(type: "jsonb", nullable: true),
                    postal_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, defaultValue: ""),
                    count_digest_opens = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_settings", x => x.id);
                    table.CheckConstraint("ck_site_settings_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "slug_redirects",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    old_slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_id = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slug_redirects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff_roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff_users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscribers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    section_ids = table.Column<List<int>>(type: "integer[]", nullable: false),
                    link_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    confirmation_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    confirmation_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    privacy_token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    privacy_token_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    form_email_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unsubscribed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscribers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suppressed_addresses",
                columns: table => new
                {
                    address_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suppressed_addresses", x => x.address_hash);
                });

            migrationBuilder.CreateTable(
                name: "tags",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tags", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "site_page_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    site_page_id = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    effective_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_page_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_site_page_versions_site_pages_site_page_id",
                        column: x => x.site_page_id,
                        principalTable: "site_pages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_role_claims_staff_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "staff_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    body_html = table.Column<string>(type: "text", nullable: false),
                    section_id = table.Column<int>(type: "integer", nullable: false),
                    author_id = table.Column<int>(type: "integer", nullable: false),
                    hero_image_id = table.Column<int>(type: "integer", nullable: true),
                    hero_alt_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    hero_caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    hero_credit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_featured = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    featured_rank = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    seo_description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, defaultValue: ""),
                    seo_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: ""),
                    word_count = table.Column<int>(type: "integer", nullable: false, defaultValue: 0),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body_markdown, '')), 'C')", stored: true),
                    created_by_id = table.Column<string>(type: "text", nullable: true),
                    updated_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, defaultValue: ""),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                    table.ForeignKey(
                        name: "fk_articles_authors_author_id",
                        column: x => x.author_id,
                        principalTable: "authors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_articles_media_assets_hero_image_id",
                        column: x => x.hero_image_id,
                        principalTable: "media_assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_articles_sections_section_id",
                        column: x => x.section_id,
                        principalTable: "sections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_articles_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_user_claims_staff_users_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_staff_user_logins_staff_users_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_staff_user_roles_staff_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "staff_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_user_roles_staff_users_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_staff_user_tokens_staff_users_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    subscriber_id = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    privacy_policy_version_id = table.Column<int>(type: "integer", nullable: true),
                    terms_version_id = table.Column<int>(type: "integer", nullable: true),
                    wording_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_records_consent_wordings_wording_sha256",
                        column: x => x.wording_sha256,
                        principalTable: "consent_wordings",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consent_records_site_page_versions_privacy_policy_version_id",
                        column: x => x.privacy_policy_version_id,
                        principalTable: "site_page_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consent_records_site_page_versions_terms_version_id",
                        column: x => x.terms_version_id,
                        principalTable: "site_page_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_consent_records_subscribers_subscriber_id",
                        column: x => x.subscriber_id,
                        principalTable: "subscribers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "article_autosaves",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_autosaves", x => new { x.article_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_article_autosaves_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_autosaves_users_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "article_editing_presence",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_editing_presence", x => new { x.article_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_article_editing_presence_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_editing_presence_users_user_id",
                        column: x => x.user_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "article_preview_links",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_by_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_preview_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_article_preview_links_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_preview_links_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "article_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body_markdown = table.Column<string>(type: "text", nullable: false),
                    saved_by_id = table.Column<string>(type: "text", nullable: true),
                    saved_by_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    hero_alt_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, defaultValue: ""),
                    hero_caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, defaultValue: ""),
                    hero_credit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, defaultValue: ""),
                    hero_image_id = table.Column<int>(type: "integer", nullable: true),
                    tag_names = table.Column<string[]>(type: "text[]", nullable: false, defaultValue: new string[0])
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_article_revisions_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_revisions_media_assets_hero_image_id",
                        column: x => x.hero_image_id,
                        principalTable: "media_assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_article_revisions_users_saved_by_id",
                        column: x => x.saved_by_id,
                        principalTable: "staff_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "article_tags",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    tags_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_tags", x => new { x.article_id, x.tags_id });
                    table.ForeignKey(
                        name: "fk_article_tags_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_tags_tags_tags_id",
                        column: x => x.tags_id,
                        principalTable: "tags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "digest_edition_articles",
                columns: table => new
                {
                    edition_id = table.Column<long>(type: "bigint", nullable: false),
                    article_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_digest_edition_articles", x => new { x.edition_id, x.article_id });
                    table.ForeignKey(
                        name: "fk_digest_edition_articles_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_digest_edition_articles_digest_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "digest_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "search_lexicon_queue",
                columns: table => new
                {
                    article_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_lexicon_queue", x => x.article_id);
                    table.ForeignKey(
                        name: "fk_search_lexicon_queue_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consent_evidence",
                columns: table => new
                {
                    consent_record_id = table.Column<long>(type: "bigint", nullable: false),
                    ip_address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: false),
                    user_agent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_evidence", x => x.consent_record_id);
                    table.ForeignKey(
                        name: "fk_consent_evidence_consent_records_consent_record_id",
                        column: x => x.consent_record_id,
                        principalTable: "consent_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "digest_schedules",
                columns: new[] { "frequency", "day_of_week", "enabled", "release_automatically", "time_of_day" },
                values: new object[,]
                {
                    { "Daily", 1, false, true, new TimeOnly(7, 0, 0) },
                    { "Weekly", 6, false, true, new TimeOnly(8, 0, 0) }
                });

            migrationBuilder.InsertData(
                table: "staff_roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { "admin", "admin", "Admin", "ADMIN" },
                    { "author", "author", "Author", "AUTHOR" },
                    { "editor", "editor", "Editor", "EDITOR" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_article_autosaves_user_id",
                table: "article_autosaves",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_editing_presence_user_id",
                table: "article_editing_presence",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_preview_links_article_id",
                table: "article_preview_links",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_preview_links_created_by_id",
                table: "article_preview_links",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_preview_links_token_hash",
                table: "article_preview_links",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_article_id_number",
                table: "article_revisions",
                columns: new[] { "article_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_hero_image_id",
                table: "article_revisions",
                column: "hero_image_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_saved_by_id",
                table: "article_revisions",
                column: "saved_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_article_tags_tags_id",
                table: "article_tags",
                column: "tags_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_status_published_at_id",
                table: "articles",
                columns: new[] { "author_id", "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_updated_at_id",
                table: "articles",
                columns: new[] { "author_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_created_by_id_updated_at_id",
                table: "articles",
                columns: new[] { "created_by_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_featured_rank_published_at",
                table: "articles",
                columns: new[] { "featured_rank", "published_at" },
                filter: "is_featured");

            migrationBuilder.CreateIndex(
                name: "ix_articles_hero_image_id",
                table: "articles",
                column: "hero_image_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_id_status_published_at_id",
                table: "articles",
                columns: new[] { "section_id", "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_section_id_updated_at_id",
                table: "articles",
                columns: new[] { "section_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_slug",
                table: "articles",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_status_published_at_id",
                table: "articles",
                columns: new[] { "status", "published_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_status_updated_at_id",
                table: "articles",
                columns: new[] { "status", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_title_trigrams",
                table: "articles",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_updated_at_id",
                table: "articles",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_authors_slug",
                table: "authors",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_action_recorded_at",
                table: "consent_records",
                columns: new[] { "action", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_privacy_policy_version_id",
                table: "consent_records",
                column: "privacy_policy_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_subscriber_id_id",
                table: "consent_records",
                columns: new[] { "subscriber_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_terms_version_id",
                table: "consent_records",
                column: "terms_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_wording_sha256",
                table: "consent_records",
                column: "wording_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_edition_id_status",
                table: "digest_deliveries",
                columns: new[] { "edition_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_edition_id_subscriber_id",
                table: "digest_deliveries",
                columns: new[] { "edition_id", "subscriber_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_digest_deliveries_to_send",
                table: "digest_deliveries",
                columns: new[] { "next_attempt_at", "id" },
                filter: "status IN ('Queued', 'Deferred')");

            migrationBuilder.CreateIndex(
                name: "ix_digest_edition_articles_article_id",
                table: "digest_edition_articles",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_digest_editions_created_at",
                table: "digest_editions",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_digest_editions_frequency_period_key",
                table: "digest_editions",
                columns: new[] { "frequency", "period_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_media_assets_path",
                table: "media_assets",
                column: "path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_next_attempt_at",
                table: "outbox_messages",
                column: "next_attempt_at",
                filter: "sent_at IS NULL AND failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_search_words_word_trigrams",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_sections_slug",
                table: "sections",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_site_page_versions_site_page_id_version",
                table: "site_page_versions",
                columns: new[] { "site_page_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_site_pages_slug",
                table: "site_pages",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_slug_redirects_kind_old_slug",
                table: "slug_redirects",
                columns: new[] { "kind", "old_slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_role_claims_role_id",
                table: "staff_role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "staff_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_user_claims_user_id",
                table: "staff_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_user_logins_user_id",
                table: "staff_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_user_roles_role_id",
                table: "staff_user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "staff_users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "staff_users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscribers_confirmation_token_hash",
                table: "subscribers",
                column: "confirmation_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscribers_email",
                table: "subscribers",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscribers_privacy_token_hash",
                table: "subscribers",
                column: "privacy_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscribers_status_frequency",
                table: "subscribers",
                columns: new[] { "status", "frequency" });

            migrationBuilder.CreateIndex(
                name: "ix_subscribers_status_id",
                table: "subscribers",
                columns: new[] { "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tags_slug",
                table: "tags",
                column: "slug",
                unique: true);

            // The audit log and the consent ledger are append-only in the database itself, not just by
            // the application's good manners: an UPDATE, DELETE or TRUNCATE fails whoever sends it. The
            // request details kept beside the ledger can be deleted (erasure) but never changed, and a
            // published policy version, what people agreed to, keeps its words and dates (its HTML may
            // be rendered again from the same Markdown).
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_change_to_append_only_table() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: rows can be added, never changed or removed', TG_TABLE_NAME
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER consent_records_append_only BEFORE UPDATE OR DELETE ON consent_records
                    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER consent_records_no_truncate BEFORE TRUNCATE ON consent_records
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER consent_wordings_append_only BEFORE UPDATE OR DELETE ON consent_wordings
                    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER consent_wordings_no_truncate BEFORE TRUNCATE ON consent_wordings
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER consent_evidence_never_changed BEFORE UPDATE ON consent_evidence
                    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
                CREATE TRIGGER site_page_versions_words_never_change BEFORE UPDATE ON site_page_versions
                    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.summary IS DISTINCT FROM NEW.summary
                                       OR OLD.body_markdown IS DISTINCT FROM NEW.body_markdown OR OLD.version IS DISTINCT FROM NEW.version
                                       OR OLD.effective_from IS DISTINCT FROM NEW.effective_from OR OLD.site_page_id IS DISTINCT FROM NEW.site_page_id)
                    EXECUTE FUNCTION refuse_change_to_append_only_table();
                """);

            // Every path that publishes an article (the editor, the scheduler, an import, SQL by hand)
            // queues it for the search lexicon.
            migrationBuilder.Sql("""
                CREATE FUNCTION queue_for_search_lexicon() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO search_lexicon_queue (article_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER articles_published_queue_for_search_lexicon AFTER INSERT ON articles
                    FOR EACH ROW WHEN (NEW.status = 'Published') EXECUTE FUNCTION queue_for_search_lexicon();
                CREATE TRIGGER articles_republished_queue_for_search_lexicon AFTER UPDATE OF status ON articles
                    FOR EACH ROW WHEN (NEW.status = 'Published' AND OLD.status <> 'Published') EXECUTE FUNCTION queue_for_search_lexicon();
                """);

            // A tag's page lists its newest articles by walking its rows in article_tags, which carry
            // their article's publishing time (see ListingSql). Triggers keep it equal, so every writer
            // (EF, SQL or COPY) keeps it right; the column is not in the model.
            migrationBuilder.Sql("""
                ALTER TABLE article_tags ADD COLUMN published_at timestamptz;

                CREATE FUNCTION article_tags_take_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.published_at := (SELECT published_at FROM articles WHERE id = NEW.article_id);
                    RETURN NEW;
                END $$;
                CREATE TRIGGER article_tags_take_published_at BEFORE INSERT OR UPDATE OF article_id ON article_tags
                    FOR EACH ROW EXECUTE FUNCTION article_tags_take_published_at();

                CREATE FUNCTION articles_give_published_at_to_tags() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE article_tags SET published_at = NEW.published_at WHERE article_id = NEW.id;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER articles_give_published_at_to_tags AFTER UPDATE OF published_at ON articles
                    FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at)
                    EXECUTE FUNCTION articles_give_published_at_to_tags();

                CREATE INDEX ix_article_tags_tags_id_published_at_article_id ON article_tags (tags_id, published_at, article_id);
                """);

            // Indexes EF Core cannot describe: headline matches rank first in search (an index on an
            // expression), and typing any part of an address finds a subscriber (a trigram index on a
            // column whose model index is the unique one).
            migrationBuilder.Sql("""
                CREATE INDEX ix_articles_title_search ON articles USING gin (to_tsvector('english', title));
                CREATE INDEX ix_subscribers_email_trigrams ON subscribers USING gin (email gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_autosaves");

            migrationBuilder.DropTable(
                name: "article_editing_presence");

            migrationBuilder.DropTable(
                name: "article_preview_links");

            migrationBuilder.DropTable(
                name: "article_revisions");

            migrationBuilder.DropTable(
                name: "article_tags");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "consent_evidence");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "digest_deliveries");

            migrationBuilder.DropTable(
                name: "digest_edition_articles");

            migrationBuilder.DropTable(
                name: "digest_schedules");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "search_lexicon_queue");

            migrationBuilder.DropTable(
                name: "search_words");

            migrationBuilder.DropTable(
                name: "site_secrets");

            migrationBuilder.DropTable(
                name: "site_settings");

            migrationBuilder.DropTable(
                name: "slug_redirects");

            migrationBuilder.DropTable(
                name: "staff_role_claims");

            migrationBuilder.DropTable(
                name: "staff_user_claims");

            migrationBuilder.DropTable(
                name: "staff_user_logins");

            migrationBuilder.DropTable(
                name: "staff_user_roles");

            migrationBuilder.DropTable(
                name: "staff_user_tokens");

            migrationBuilder.DropTable(
                name: "suppressed_addresses");

            migrationBuilder.DropTable(
                name: "tags");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "digest_editions");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "staff_roles");

            migrationBuilder.DropTable(
                name: "consent_wordings");

            migrationBuilder.DropTable(
                name: "site_page_versions");

            migrationBuilder.DropTable(
                name: "subscribers");

            migrationBuilder.DropTable(
                name: "authors");

            migrationBuilder.DropTable(
                name: "media_assets");

            migrationBuilder.DropTable(
                name: "sections");

            migrationBuilder.DropTable(
                name: "staff_users");

            migrationBuilder.DropTable(
                name: "site_pages");

            // The tables took their triggers with them.
            migrationBuilder.Sql("""
                DROP FUNCTION refuse_change_to_append_only_table();
                DROP FUNCTION queue_for_search_lexicon();
                DROP FUNCTION article_tags_take_published_at();
                DROP FUNCTION articles_give_published_at_to_tags();
                """);
        }
    }
}
