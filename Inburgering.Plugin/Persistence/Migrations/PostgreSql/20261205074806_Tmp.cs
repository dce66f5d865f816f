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
                name: "overdracht_bestanden",
                schema: "inburgering",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pakket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ontvangende_gemeente = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    inhoud = table.Column<byte[]>(type: "bytea", nullable: false),
                    aangemaakt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    verloopt_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    aangemaakt_door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_overdracht_bestanden", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meldingen_gemeente_uitgewaaierd_tijd",
                schema: "inburgering",
                table: "meldingen",
                columns: new[] { "gemeente", "uitgewaaierd", "tijd" });

            migrationBuilder.CreateIndex(
                name: "IX_overdracht_bestanden_gemeente_dossier_id",
                schema: "inburgering",
                table: "overdracht_bestanden",
                columns: new[] { "gemeente", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_overdracht_bestanden_gemeente_verloopt_op",
                schema: "inburgering",
                table: "overdracht_bestanden",
                columns: new[] { "gemeente", "verloopt_op" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meldingen",
                schema: "inburgering");

            migrationBuilder.DropTable(
                name: "overdracht_bestanden",
                schema: "inburgering");
        }
    }
}
