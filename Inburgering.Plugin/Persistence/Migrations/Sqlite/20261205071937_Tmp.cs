using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Tmp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "overgenomen_van",
                table: "inburgering_pip_versies",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inburgering_meldingen",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    tijd = table.Column<long>(type: "INTEGER", nullable: false),
                    data = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    uitgewaaierd = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_meldingen", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_overdrachten",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    afzender_gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ontvanger_gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    afzender_dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pakket_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pakket_json = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    verhuisdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    gezondheid_reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    voorbereid_op = table.Column<long>(type: "INTEGER", nullable: false),
                    voorbereid_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    verzonden_op = table.Column<long>(type: "INTEGER", nullable: true),
                    verzonden_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    afgehandeld_op = table.Column<long>(type: "INTEGER", nullable: true),
                    afgehandeld_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ontvanger_dossier_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_overdrachten", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_overgenomen_pakketten",
                columns: table => new
                {
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    pakket_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    afzender_gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    afzender_dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    overgenomen_op = table.Column<long>(type: "INTEGER", nullable: false),
                    overgenomen_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_overgenomen_pakketten", x => new { x.gemeente, x.pakket_id });
                    table.ForeignKey(
                        name: "FK_inburgering_overgenomen_pakketten_inburgering_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "inburgering_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_meldingen_gemeente_uitgewaaierd_tijd",
                table: "inburgering_meldingen",
                columns: new[] { "gemeente", "uitgewaaierd", "tijd" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_overdrachten_afzender_gemeente_afzender_dossier_id",
                table: "inburgering_overdrachten",
                columns: new[] { "afzender_gemeente", "afzender_dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_overdrachten_ontvanger_gemeente_status",
                table: "inburgering_overdrachten",
                columns: new[] { "ontvanger_gemeente", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_overdrachten_pakket_id",
                table: "inburgering_overdrachten",
                column: "pakket_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_overgenomen_pakketten_dossier_id",
                table: "inburgering_overgenomen_pakketten",
                column: "dossier_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgering_meldingen");

            migrationBuilder.DropTable(
                name: "inburgering_overdrachten");

            migrationBuilder.DropTable(
                name: "inburgering_overgenomen_pakketten");

            migrationBuilder.DropColumn(
                name: "overgenomen_van",
                table: "inburgering_pip_versies");
        }
    }
}
