using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DuoSignalenTmp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inburgering_duo_signalen",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    soort = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kennisgevingsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ontvangen_op = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    bsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    v_nummer = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    doelgroep = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    wet_regime = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    koppeldatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    toelichting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    afwijs_reden = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ingevoerd_op = table.Column<long>(type: "INTEGER", nullable: false),
                    ingevoerd_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    verwerkt_op = table.Column<long>(type: "INTEGER", nullable: true),
                    verwerkt_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_duo_signalen", x => x.id);
                    table.CheckConstraint("ck_duo_signalen_bsn_or_v_nummer", "\"bsn\" IS NOT NULL OR \"v_nummer\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_inburgering_duo_signalen_inburgering_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "inburgering_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_dossier_correcties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    gegeven = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    oude_waarde = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    nieuwe_waarde = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reden = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    op = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    duo_signaal_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_dossier_correcties", x => x.id);
                    table.ForeignKey(
                        name: "FK_inburgering_dossier_correcties_inburgering_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "inburgering_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inburgering_dossier_correcties_inburgering_duo_signalen_duo_signaal_id",
                        column: x => x.duo_signaal_id,
                        principalTable: "inburgering_duo_signalen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossier_correcties_dossier_id",
                table: "inburgering_dossier_correcties",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossier_correcties_duo_signaal_id",
                table: "inburgering_dossier_correcties",
                column: "duo_signaal_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossier_correcties_gemeente_dossier_id_op",
                table: "inburgering_dossier_correcties",
                columns: new[] { "gemeente", "dossier_id", "op" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_signalen_dossier_id",
                table: "inburgering_duo_signalen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_signalen_gemeente_bsn_kennisgevingsdatum",
                table: "inburgering_duo_signalen",
                columns: new[] { "gemeente", "bsn", "kennisgevingsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_signalen_gemeente_ontvangen_op",
                table: "inburgering_duo_signalen",
                columns: new[] { "gemeente", "ontvangen_op" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_signalen_gemeente_v_nummer_kennisgevingsdatum",
                table: "inburgering_duo_signalen",
                columns: new[] { "gemeente", "v_nummer", "kennisgevingsdatum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgering_dossier_correcties");

            migrationBuilder.DropTable(
                name: "inburgering_duo_signalen");
        }
    }
}
