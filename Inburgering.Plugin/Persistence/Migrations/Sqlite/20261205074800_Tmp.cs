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
                name: "inburgering_overdracht_bestanden",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    dossier_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pakket_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ontvangende_gemeente = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    inhoud = table.Column<byte[]>(type: "BLOB", nullable: false),
                    aangemaakt_op = table.Column<long>(type: "INTEGER", nullable: false),
                    verloopt_op = table.Column<long>(type: "INTEGER", nullable: false),
                    aangemaakt_door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgering_overdracht_bestanden", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_meldingen_gemeente_uitgewaaierd_tijd",
                table: "inburgering_meldingen",
                columns: new[] { "gemeente", "uitgewaaierd", "tijd" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_overdracht_bestanden_gemeente_dossier_id",
                table: "inburgering_overdracht_bestanden",
                columns: new[] { "gemeente", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_overdracht_bestanden_gemeente_verloopt_op",
                table: "inburgering_overdracht_bestanden",
                columns: new[] { "gemeente", "verloopt_op" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgering_meldingen");

            migrationBuilder.DropTable(
                name: "inburgering_overdracht_bestanden");
        }
    }
}
