using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inburgering");

            migrationBuilder.CreateTable(
                name: "dossiers",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    bsn = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    v_nummer = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    doelgroep = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    koppeldatum = table.Column<DateOnly>(type: "date", nullable: false),
                    wet_regime = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    naam = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    voornamen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    voorvoegsel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    geslachtsnaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    geboortedatum = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    adres_regel1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    adres_regel2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    nationaliteiten = table.Column<List<string>>(type: "text[]", nullable: false),
                    gemeente_van_inschrijving = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    datum_inschrijving_gemeente = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    brp_opgevraagd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    geregistreerd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    geregistreerd_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    concurrency_stamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => x.id);
                    table.CheckConstraint("ck_dossiers_bsn_or_v_nummer", "\"bsn\" IS NOT NULL OR \"v_nummer\" IS NOT NULL");
                });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_gemeente_bsn",
                schema: "inburgering",
                table: "dossiers",
                columns: new[] { "gemeente", "bsn" },
                unique: true,
                filter: "\"bsn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_gemeente_client_id",
                schema: "inburgering",
                table: "dossiers",
                columns: new[] { "gemeente", "client_id" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_gemeente_geregistreerd_op",
                schema: "inburgering",
                table: "dossiers",
                columns: new[] { "gemeente", "geregistreerd_op" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_gemeente_v_nummer",
                schema: "inburgering",
                table: "dossiers",
                columns: new[] { "gemeente", "v_nummer" },
                unique: true,
                filter: "\"v_nummer\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossiers",
                schema: "inburgering");
        }
    }
}
