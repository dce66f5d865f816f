using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DuoSignalenTmp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "duo_signalen",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    soort = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kennisgevingsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    ontvangen_op = table.Column<DateOnly>(type: "date", nullable: false),
                    bsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    v_nummer = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    doelgroep = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    wet_regime = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    koppeldatum = table.Column<DateOnly>(type: "date", nullable: true),
                    toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    afwijs_reden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ingevoerd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ingevoerd_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    verwerkt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verwerkt_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duo_signalen", x => x.id);
                    table.CheckConstraint("ck_duo_signalen_bsn_or_v_nummer", "\"bsn\" IS NOT NULL OR \"v_nummer\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_duo_signalen_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "inburgering",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "dossier_correcties",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    gegeven = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    oude_waarde = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    nieuwe_waarde = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reden = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    op = table.Column<DateOnly>(type: "date", nullable: false),
                    duo_signaal_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_correcties", x => x.id);
                    table.ForeignKey(
                        name: "FK_dossier_correcties_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "inburgering",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dossier_correcties_duo_signalen_duo_signaal_id",
                        column: x => x.duo_signaal_id,
                        principalSchema: "inburgering",
                        principalTable: "duo_signalen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossier_correcties_dossier_id",
                schema: "inburgering",
                table: "dossier_correcties",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_correcties_duo_signaal_id",
                schema: "inburgering",
                table: "dossier_correcties",
                column: "duo_signaal_id");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_correcties_gemeente_dossier_id_op",
                schema: "inburgering",
                table: "dossier_correcties",
                columns: new[] { "gemeente", "dossier_id", "op" });

            migrationBuilder.CreateIndex(
                name: "IX_duo_signalen_dossier_id",
                schema: "inburgering",
                table: "duo_signalen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_duo_signalen_gemeente_bsn_kennisgevingsdatum",
                schema: "inburgering",
                table: "duo_signalen",
                columns: new[] { "gemeente", "bsn", "kennisgevingsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_duo_signalen_gemeente_ontvangen_op",
                schema: "inburgering",
                table: "duo_signalen",
                columns: new[] { "gemeente", "ontvangen_op" });

            migrationBuilder.CreateIndex(
                name: "IX_duo_signalen_gemeente_v_nummer_kennisgevingsdatum",
                schema: "inburgering",
                table: "duo_signalen",
                columns: new[] { "gemeente", "v_nummer", "kennisgevingsdatum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_correcties",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "duo_signalen",
                schema: "inburgering");
        }
    }
}
