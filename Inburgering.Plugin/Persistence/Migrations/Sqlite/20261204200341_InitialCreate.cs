using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inburgering_dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    bsn = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    v_nummer = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    doelgroep = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    koppeldatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    wet_regime = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    naam = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    voornamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    voorvoegsel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    geslachtsnaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    geboortedatum = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    adres_regel1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    adres_regel2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    nationaliteiten = table.Column<string>(type: "TEXT", nullable: false),
                    gemeente_van_inschrijving = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    datum_inschrijving_gemeente = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    brp_opgevraagd_op = table.Column<long>(type: "INTEGER", nullable: true),
                    geregistreerd_op = table.Column<long>(type: "INTEGER", nullable: false),
                    geregistreerd_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    concurrency_stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_dossiers", x => x.id);
                    table.CheckConstraint("ck_dossiers_bsn_or_v_nummer", "\"bsn\" IS NOT NULL OR \"v_nummer\" IS NOT NULL");
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_bsn",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "bsn" },
                unique: true,
                filter: "\"bsn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_client_id",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "client_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_geregistreerd_op",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "geregistreerd_op" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_v_nummer",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "v_nummer" },
                unique: true,
                filter: "\"v_nummer\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgering_dossiers");
        }
    }
}
