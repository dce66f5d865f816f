using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SchrijfIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_aanmelding_id",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_dossier_id",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_gemeente_aanmelding_id_periode_van",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_gemeente_dossier_id_periode_tot",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_gemeente_levering_id",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_urenregels_dossier_id",
                schema: "inburgering",
                table: "urenregels");

            migrationBuilder.DropIndex(
                name: "IX_urenregels_gemeente_dossier_id_periode_tot_id",
                schema: "inburgering",
                table: "urenregels");

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_aanmelding_id_periode_van",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                columns: new[] { "aanmelding_id", "periode_van" });

            migrationBuilder.CreateIndex(
                name: "IX_voortgangsmeldingen_dossier_id_periode_tot",
                schema: "inburgering",
                table: "voortgangsmeldingen",
                columns: new[] { "dossier_id", "periode_tot" });

            migrationBuilder.CreateIndex(
                name: "IX_urenregels_dossier_id_periode_tot_id",
                schema: "inburgering",
                table: "urenregels",
                columns: new[] { "dossier_id", "periode_tot", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_aanmelding_id_periode_van",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_voortgangsmeldingen_dossier_id_periode_tot",
                schema: "inburgering",
                table: "voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_urenregels_dossier_id_periode_tot_id",
                schema: "inburgering",
                table: "urenregels");

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
                name: "IX_urenregels_dossier_id",
                schema: "inburgering",
                table: "urenregels",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_urenregels_gemeente_dossier_id_periode_tot_id",
                schema: "inburgering",
                table: "urenregels",
                columns: new[] { "gemeente", "dossier_id", "periode_tot", "id" });
        }
    }
}
