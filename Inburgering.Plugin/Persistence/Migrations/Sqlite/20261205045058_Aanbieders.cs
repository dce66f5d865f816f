using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Aanbieders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "voortgangsmelding_id",
                table: "inburgering_urenregels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "inburgering_aanbieders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kvk_nummer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    vestigingsnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    keurmerk = table.Column<bool>(type: "INTEGER", nullable: false),
                    actief = table.Column<bool>(type: "INTEGER", nullable: false),
                    geregistreerd_op = table.Column<long>(type: "INTEGER", nullable: false),
                    geregistreerd_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_aanbieders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_aanmeldingen",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aanbieder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    onderdeel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    startdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    einddatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    aangemeld_op = table.Column<long>(type: "INTEGER", nullable: false),
                    aangemeld_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_aanmeldingen", x => x.id);
                    table.ForeignKey(
                        name: "FK_inburgering_aanmeldingen_inburgering_aanbieders_aanbieder_id",
                        column: x => x.aanbieder_id,
                        principalTable: "inburgering_aanbieders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inburgering_aanmeldingen_inburgering_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "inburgering_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_leveringen",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    aanbieder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kanaal = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    referentie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    inhoudshash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    modus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    aantal_regels = table.Column<int>(type: "INTEGER", nullable: false),
                    aantal_verwerkt = table.Column<int>(type: "INTEGER", nullable: false),
                    aantal_geweigerd = table.Column<int>(type: "INTEGER", nullable: false),
                    ontvangen_op = table.Column<long>(type: "INTEGER", nullable: false),
                    ontvangen_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_leveringen", x => x.id);
                    table.ForeignKey(
                        name: "FK_inburgering_leveringen_inburgering_aanbieders_aanbieder_id",
                        column: x => x.aanbieder_id,
                        principalTable: "inburgering_aanbieders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_levering_fouten",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    levering_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    regelnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    kolom = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    waarde = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    melding_nl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    melding_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_levering_fouten", x => x.id);
                    table.ForeignKey(
                        name: "FK_inburgering_levering_fouten_inburgering_leveringen_levering_id",
                        column: x => x.levering_id,
                        principalTable: "inburgering_leveringen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inburgering_voortgangsmeldingen",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    levering_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aanmelding_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aanbieder_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    regelnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    onderdeel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    traject_referentie = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    periode_van = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    periode_tot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    uren_aangeboden = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    uren_gevolgd_fysiek = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    uren_gevolgd_online = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    uren_geoorloofd_verzuim = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    uren_ongeoorloofd_verzuim = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    niveau_lezen = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    niveau_luisteren = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    niveau_spreken = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    niveau_schrijven = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    examen_onderdeel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    examen_datum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    examen_resultaat = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    startdatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    einddatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    uitvalreden = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    opmerking = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    vervangen_door_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    ontvangen_op = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_voortgangsmeldingen", x => x.id);
                    table.ForeignKey(
                        name: "FK_inburgering_voortgangsmeldingen_inburgering_aanmeldingen_aanmelding_id",
                        column: x => x.aanmelding_id,
                        principalTable: "inburgering_aanmeldingen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inburgering_voortgangsmeldingen_inburgering_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "inburgering_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_inburgering_voortgangsmeldingen_inburgering_leveringen_levering_id",
                        column: x => x.levering_id,
                        principalTable: "inburgering_leveringen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_urenregels_voortgangsmelding_id",
                table: "inburgering_urenregels",
                column: "voortgangsmelding_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_aanbieders_gemeente_kvk_nummer_vestigingsnummer",
                table: "inburgering_aanbieders",
                columns: new[] { "gemeente", "kvk_nummer", "vestigingsnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_aanmeldingen_aanbieder_id",
                table: "inburgering_aanmeldingen",
                column: "aanbieder_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_aanmeldingen_dossier_id",
                table: "inburgering_aanmeldingen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_aanmeldingen_gemeente_aanbieder_id_dossier_id",
                table: "inburgering_aanmeldingen",
                columns: new[] { "gemeente", "aanbieder_id", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_aanmeldingen_gemeente_dossier_id",
                table: "inburgering_aanmeldingen",
                columns: new[] { "gemeente", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_levering_fouten_gemeente_levering_id_regelnummer",
                table: "inburgering_levering_fouten",
                columns: new[] { "gemeente", "levering_id", "regelnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_levering_fouten_levering_id",
                table: "inburgering_levering_fouten",
                column: "levering_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_leveringen_aanbieder_id",
                table: "inburgering_leveringen",
                column: "aanbieder_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_leveringen_gemeente_aanbieder_id_referentie",
                table: "inburgering_leveringen",
                columns: new[] { "gemeente", "aanbieder_id", "referentie" },
                unique: true,
                filter: "status <> 'Geweigerd'");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_leveringen_gemeente_ontvangen_op",
                table: "inburgering_leveringen",
                columns: new[] { "gemeente", "ontvangen_op" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_aanmelding_id",
                table: "inburgering_voortgangsmeldingen",
                column: "aanmelding_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_dossier_id",
                table: "inburgering_voortgangsmeldingen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_aanmelding_id_periode_van",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "gemeente", "aanmelding_id", "periode_van" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_dossier_id_periode_tot",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "gemeente", "dossier_id", "periode_tot" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_levering_id",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "gemeente", "levering_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_levering_id",
                table: "inburgering_voortgangsmeldingen",
                column: "levering_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgering_levering_fouten");

            migrationBuilder.DropTable(
                name: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropTable(
                name: "inburgering_aanmeldingen");

            migrationBuilder.DropTable(
                name: "inburgering_leveringen");

            migrationBuilder.DropTable(
                name: "inburgering_aanbieders");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_urenregels_voortgangsmelding_id",
                table: "inburgering_urenregels");

            migrationBuilder.DropColumn(
                name: "voortgangsmelding_id",
                table: "inburgering_urenregels");
        }
    }
}
