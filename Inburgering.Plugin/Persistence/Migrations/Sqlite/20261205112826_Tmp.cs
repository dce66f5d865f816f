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
            migrationBuilder.AddColumn<long>(
                name: "bezorg_claim_tot",
                table: "inburgering_abonnementen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "bezorg_run",
                table: "inburgering_abonnementen",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "bezorg_claim_tot",
                table: "inburgering_abonnementen");

            migrationBuilder.DropColumn(
                name: "bezorg_run",
                table: "inburgering_abonnementen");
        }
    }
}
