using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Tmp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "overgenomen_van",
                schema: "inburgering",
                table: "pip_versies",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "meldingen",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tijd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    uitgewaaierd = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meldingen", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "overdrachten",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    afzender_gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    ontvanger_gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    afzender_dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pakket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pakket_json = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    verhuisdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    gezondheid_reden = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    voorbereid_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    voorbereid_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    verzonden_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verzonden_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    afgehandeld_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    afgehandeld_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reden = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ontvanger_dossier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overdrachten", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "overgenomen_pakketten",
                schema: "inburgering",
                columns: table => new
                {
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    pakket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    afzender_gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    afzender_dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    overgenomen_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    overgenomen_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overgenomen_pakketten", x => new { x.gemeente, x.pakket_id });
                    table.ForeignKey(
                        name: "FK_overgenomen_pakketten_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "inburgering",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_gemeente_uitgewaaierd_tijd",
                schema: "inburgering",
                table: "meldingen",
                columns: new[] { "gemeente", "uitgewaaierd", "tijd" });

            migrationBuilder.CreateIndex(
                name: "IX_overdrachten_afzender_gemeente_afzender_dossier_id",
                schema: "inburgering",
                table: "overdrachten",
                columns: new[] { "afzender_gemeente", "afzender_dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_overdrachten_ontvanger_gemeente_status",
                schema: "inburgering",
                table: "overdrachten",
                columns: new[] { "ontvanger_gemeente", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_overdrachten_pakket_id",
                schema: "inburgering",
                table: "overdrachten",
                column: "pakket_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_overgenomen_pakketten_dossier_id",
                schema: "inburgering",
                table: "overgenomen_pakketten",
                column: "dossier_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meldingen",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "overdrachten",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "overgenomen_pakketten",
                schema: "inburgering");

            migrationBuilder.DropColumn(
                name: "overgenomen_van",
                schema: "inburgering",
                table: "pip_versies");
        }
    }
}
