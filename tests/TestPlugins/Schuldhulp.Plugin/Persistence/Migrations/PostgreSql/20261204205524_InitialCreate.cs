using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Schuldhulp.Plugin.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "schuldhulp");

            migrationBuilder.CreateTable(
                name: "aanmeldingen",
                schema: "schuldhulp",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    gemeente = table.Column<string>(type: "character(4)", fixedLength: true, maxLength: 4, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    aanmelddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    geregistreerd_op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    geregistreerd_door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aanmeldingen", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_aanmeldingen_gemeente_client_id",
                schema: "schuldhulp",
                table: "aanmeldingen",
                columns: new[] { "gemeente", "client_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aanmeldingen",
                schema: "schuldhulp");
        }
    }
}
