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
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "bezorg_claim_tot",
                schema: "inburgering",
                table: "abonnementen",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "bezorg_run",
                schema: "inburgering",
                table: "abonnementen",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "bezorg_claim_tot",
                schema: "inburgering",
                table: "abonnementen");

            migrationBuilder.DropColumn(
                name: "bezorg_run",
                schema: "inburgering",
                table: "abonnementen");
        }
    }
}
