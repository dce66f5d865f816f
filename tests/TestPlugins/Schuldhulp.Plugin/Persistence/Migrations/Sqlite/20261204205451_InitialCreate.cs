using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schuldhulp.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "schuldhulp_aanmeldingen",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gemeente = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 4, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    aanmelddatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    geregistreerd_op = table.Column<long>(type: "INTEGER", nullable: false),
                    geregistreerd_door = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schuldhulp_aanmeldingen", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_schuldhulp_aanmeldingen_gemeente_client_id",
                table: "schuldhulp_aanmeldingen",
                columns: new[] { "gemeente", "client_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "schuldhulp_aanmeldingen");
        }
    }
}
