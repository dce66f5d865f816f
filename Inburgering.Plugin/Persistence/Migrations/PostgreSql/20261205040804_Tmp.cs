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
            migrationBuilder.AddColumn<Guid>(
                name: "voortgangsmelding_id",
                schema: "inburgering",
                table: "urenregels",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "aanbieders",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kvk_nummer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    vestigingsnummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    keurmerk = table.Column<bool>(type: "boolean", nullable: false),
                    actief = table.Column<bool>(type: "boolean", nullable: false),
                    geregistreerd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    geregistreerd_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aanbieders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aanmeldingen",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aanbieder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    onderdeel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    aangemeld_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aangemeld_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aanmeldingen", x => x.id);
                    table.ForeignKey(
                        name: "FK_aanmeldingen_aanbieders_aanbieder_id",
                        column: x => x.aanbieder_id,
                        principalSchema: "inburgering",
                        principalTable: "aanbieders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_aanmeldingen_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "inburgering",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "leveringen",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    aanbieder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kanaal = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    referentie = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    inhoudshash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    modus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    bestandsnaam = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    aantal_regels = table.Column<int>(type: "integer", nullable: false),
                    aantal_verwerkt = table.Column<int>(type: "integer", nullable: false),
                    aantal_geweigerd = table.Column<int>(type: "integer", nullable: false),
                    ontvangen_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ontvangen_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leveringen", x => x.id);
                    table.ForeignKey(
                        name: "FK_leveringen_aanbieders_aanbieder_id",
                        column: x => x.aanbieder_id,
                        principalSchema: "inburgering",
                        principalTable: "aanbieders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "levering_fouten",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    levering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    regelnummer = table.Column<int>(type: "integer", nullable: false),
                    kolom = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    waarde = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    melding_nl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    melding_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_levering_fouten", x => x.id);
                    table.ForeignKey(
                        name: "FK_levering_fouten_leveringen_levering_id",
                        column: x => x.levering_id,
                        principalSchema: "inburgering",
                        principalTable: "leveringen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "voortgangsmeldingen",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    levering_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aanmelding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aanbieder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    regelnummer = table.Column<int>(type: "integer", nullable: false),
                    onderdeel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    traject_referentie = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    periode_van = table.Column<DateOnly>(type: "date", nullable: false),
                    periode_tot = table.Column<DateOnly>(type: "date", nullable: false),
                    uren_aangeboden = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    uren_gevolgd_fysiek = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    uren_gevolgd_online = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    uren_geoorloofd_verzuim = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    uren_ongeoorloofd_verzuim = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    niveau_lezen = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    niveau_luisteren = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    niveau_spreken = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    niveau_schrijven = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    examen_onderdeel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    examen_datum = table.Column<DateOnly>(type: "date", nullable: true),
                    examen_resultaat = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    startdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    uitvalreden = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    opmerking = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    vervangen_door_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ontvangen_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voortgangsmeldingen", x => x.id);
                    table.ForeignKey(
                        name: "FK_voortgangsmeldingen_aanmeldingen_aanmelding_id",
                        column: x => x.aanmelding_id,
                        principalSchema: "inburgering",
                        principalTable: "aanmeldingen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_voortgangsmeldingen_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "inburgering",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_voortgangsmeldingen_leveringen_levering_id",
                        column: x => x.levering_id,
                        principalSchema: "inburgering",
                        principalTable: "leveringen",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_urenregels_voortgangsmelding_id",
                schema: "inburgering",
                table: "urenregels",
                column: "voortgangsmelding_id");

            migrationBuilder.CreateIndex(
                name: "IX_aanbieders_gemeente_kvk_nummer_vestigingsnummer",
                schema: "inburgering",
                table: "aanbieders",
                columns: new[] { "gemeente", "kvk_nummer", "vestigingsnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_aanmeldingen_aanbieder_id",
                schema: "inburgering",
                table: "aanmeldingen",
                column: "aanbieder_id");

            migrationBuilder.CreateIndex(
                name: "IX_aanmeldingen_dossier_id",
                schema: "inburgering",
                table: "aanmeldingen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_aanmeldingen_gemeente_aanbieder_id_dossier_id",
                schema: "inburgering",
                table: "aanmeldingen",
                columns: new[] { "gemeente", "aanbieder_id", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_aanmeldingen_gemeente_dossier_id",
                schema: "inburgering",
                table: "aanmeldingen",
                columns: new[] { "gemeente", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_levering_fouten_gemeente_levering_id_regelnummer",
                schema: "inburgering",
                table: "levering_fouten",
                columns: new[] { "gemeente", "levering_id", "regelnummer" });

            migrationBuilder.CreateIndex(
                name: "IX_levering_fouten_levering_id",
                schema: "inburgering",
                table: "levering_fouten",
                column: "levering_id");

            migrationBuilder.CreateIndex(
                name: "IX_leveringen_aanbieder_id",
                schema: "inburgering",
                table: "leveringen",
                column: "aanbieder_id");

            migrationBuilder.CreateIndex(
                name: "IX_leveringen_gemeente_aanbieder_id_referentie",
                schema: "inburgering",
                table: "leveringen",
                columns: new[] { "gemeente", "aanbieder_id", "referentie" },
                unique: true,
                filter: "status <> 'Geweigerd'");

            migrationBuilder.CreateIndex(
                name: "IX_leveringen_gemeente_ontvangen_op",
                schema: "inburgering",
                table: "leveringen",
                columns: new[] { "gemeente", "ontvangen_op" });

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_aanmelding_id",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                column: "aanmelding_id");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_dossier_id",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_gemeente_aanmelding_id_periode_van",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                columns: new[] { "gemeente", "aanmelding_id", "periode_van" });

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_gemeente_dossier_id_periode_tot",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                columns: new[] { "gemeente", "dossier_id", "periode_tot" });

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_gemeente_levering_id",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                columns: new[] { "gemeente", "levering_id" });

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_levering_id",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                column: "levering_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "levering_fouten",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "voortgangsmeldingen",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "aanmeldingen",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "leveringen",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "aanbieders",
                schema: "inburgering");

            migrationBuilder.DropIndex(
                name: "IX_urenregels_voortgangsmelding_id",
                schema: "inburgering",
                table: "urenregels");

            migrationBuilder.DropColumn(
                name: "voortgangsmelding_id",
                schema: "inburgering",
                table: "urenregels");
        }
    }
}
