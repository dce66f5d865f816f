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
                name: "inhoudssleutel",
                schema: "inburgering",
                table: "duo_signalen",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "kenmerk",
                schema: "inburgering",
                table: "duo_signalen",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Signals stored before the content key existed get their id as key, so the unique index can be created.
            migrationBuilder.Sql("UPDATE inburgering.duo_signalen SET inhoudssleutel = id::text;");

            migrationBuilder.CreateTable(
                name: "duo_registraties",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    soort = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    feitversie = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    datum = table.Column<DateOnly>(type: "date", nullable: false),
                    resultaat = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    leerroute = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    niveau = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    pip_versienummer = table.Column<int>(type: "integer", nullable: true),
                    pip_soort = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    geregistreerd_op = table.Column<DateOnly>(type: "date", nullable: true),
                    geregistreerd_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    afgevinkt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_duo_registraties", x => x.id);
                    table.ForeignKey(
                        name: "FK_duo_registraties_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "inburgering",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_duo_signalen_gemeente_inhoudssleutel",
                schema: "inburgering",
                table: "duo_signalen",
                columns: new[] { "gemeente", "inhoudssleutel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_duo_signalen_gemeente_kenmerk",
                schema: "inburgering",
                table: "duo_signalen",
                columns: new[] { "gemeente", "kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_duo_registraties_dossier_id",
                schema: "inburgering",
                table: "duo_registraties",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_duo_registraties_gemeente_dossier_id_soort_feitversie",
                schema: "inburgering",
                table: "duo_registraties",
                columns: new[] { "gemeente", "dossier_id", "soort", "feitversie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_duo_registraties_gemeente_status_datum",
                schema: "inburgering",
                table: "duo_registraties",
                columns: new[] { "gemeente", "status", "datum" });

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_gemeente_uitgewaaierd_tijd",
                schema: "inburgering",
                table: "meldingen",
                columns: new[] { "gemeente", "uitgewaaierd", "tijd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "duo_registraties",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "meldingen",
                schema: "inburgering");

            migrationBuilder.DropIndex(
                name: "IX_duo_signalen_gemeente_inhoudssleutel",
                schema: "inburgering",
                table: "duo_signalen");

            migrationBuilder.DropIndex(
                name: "IX_duo_signalen_gemeente_kenmerk",
                schema: "inburgering",
                table: "duo_signalen");

            migrationBuilder.DropColumn(
                name: "inhoudssleutel",
                schema: "inburgering",
                table: "duo_signalen");

            migrationBuilder.DropColumn(
                name: "kenmerk",
                schema: "inburgering",
                table: "duo_signalen");
        }
    }
}
