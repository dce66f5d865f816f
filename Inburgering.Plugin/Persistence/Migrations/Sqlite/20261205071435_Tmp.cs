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
                name: "inhoudssleutel",
                table: "inburgering_duo_signalen",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "kenmerk",
                table: "inburgering_duo_signalen",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Signals stored before the content key existed get their id as key, so the unique index can be created.
            migrationBuilder.Sql("UPDATE inburgering_duo_signalen SET inhoudssleutel = id;");

            migrationBuilder.CreateTable(
                name: "inburgering_duo_registraties",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    soort = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    feitversie = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    resultaat = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    leerroute = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    niveau = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    pip_versienummer = table.Column<int>(type: "INTEGER", nullable: true),
                    pip_soort = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    aangemaakt_op = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    geregistreerd_op = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    geregistreerd_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    afgevinkt_op = table.Column<long>(type: "INTEGER", nullable: true),
                    toelichting = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_duo_registraties", x => x.id);
                    table.ForeignKey(
                        name: "FK_inburgering_duo_registraties_inburgering_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "inburgering_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_signalen_gemeente_inhoudssleutel",
                table: "inburgering_duo_signalen",
                columns: new[] { "gemeente", "inhoudssleutel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_signalen_gemeente_kenmerk",
                table: "inburgering_duo_signalen",
                columns: new[] { "gemeente", "kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_registraties_dossier_id",
                table: "inburgering_duo_registraties",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_registraties_gemeente_dossier_id_soort_feitversie",
                table: "inburgering_duo_registraties",
                columns: new[] { "gemeente", "dossier_id", "soort", "feitversie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_duo_registraties_gemeente_status_datum",
                table: "inburgering_duo_registraties",
                columns: new[] { "gemeente", "status", "datum" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_meldingen_gemeente_uitgewaaierd_tijd",
                table: "inburgering_meldingen",
                columns: new[] { "gemeente", "uitgewaaierd", "tijd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgering_duo_registraties");

            migrationBuilder.DropTable(
                name: "inburgering_meldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_duo_signalen_gemeente_inhoudssleutel",
                table: "inburgering_duo_signalen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_duo_signalen_gemeente_kenmerk",
                table: "inburgering_duo_signalen");

            migrationBuilder.DropColumn(
                name: "inhoudssleutel",
                table: "inburgering_duo_signalen");

            migrationBuilder.DropColumn(
                name: "kenmerk",
                table: "inburgering_duo_signalen");
        }
    }
}
