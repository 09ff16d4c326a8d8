using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsSite.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Subscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // The ledger is append-only in the database too, whatever the application does; the
            // request details kept beside it can be deleted (erasure) but never changed.
            migrationBuilder.Sql("""
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
                """);

            // A published policy version is what people agreed to: its words and dates never change.
            // (Its HTML may be rendered again from the same Markdown.)
            migrationBuilder.Sql("""
                CREATE TRIGGER site_page_versions_words_never_change BEFORE UPDATE ON site_page_versions
                    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.summary IS DISTINCT FROM NEW.summary
                                       OR OLD.body_markdown IS DISTINCT FROM NEW.body_markdown OR OLD.version IS DISTINCT FROM NEW.version
                                       OR OLD.effective_from IS DISTINCT FROM NEW.effective_from OR OLD.site_page_id IS DISTINCT FROM NEW.site_page_id)
                    EXECUTE FUNCTION refuse_change_to_append_only_table();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER site_page_versions_words_never_change ON site_page_versions;");

            migrationBuilder.DropTable(
                name: "consent_evidence");

            migrationBuilder.DropTable(
                name: "site_secrets");

            migrationBuilder.DropTable(
                name: "suppressed_addresses");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "consent_wordings");

            migrationBuilder.DropTable(
                name: "subscribers");
        }
    }
}
