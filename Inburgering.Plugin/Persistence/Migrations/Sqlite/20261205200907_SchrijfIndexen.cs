using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SchrijfIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_aanmelding_id",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_dossier_id",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_aanmelding_id_periode_van",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_dossier_id_periode_tot",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_levering_id",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_urenregels_dossier_id",
                table: "inburgering_urenregels");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_urenregels_gemeente_dossier_id_periode_tot_id",
                table: "inburgering_urenregels");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_aanmelding_id_periode_van",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "aanmelding_id", "periode_van" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_dossier_id_periode_tot",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "dossier_id", "periode_tot" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_urenregels_dossier_id_periode_tot_id",
                table: "inburgering_urenregels",
                columns: new[] { "dossier_id", "periode_tot", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_aanmelding_id_periode_van",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_dossier_id_periode_tot",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_urenregels_dossier_id_periode_tot_id",
                table: "inburgering_urenregels");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_aanmelding_id",
                table: "inburgering_voortgangsmeldingen",
                column: "aanmelding_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_dossier_id",
                table: "inburgering_voortgangsmeldingen",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_aanmelding_id_periode_van",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "gemeente", "aanmelding_id", "periode_van" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_dossier_id_periode_tot",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "gemeente", "dossier_id", "periode_tot" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_gemeente_levering_id",
                table: "inburgering_voortgangsmeldingen",
                columns: new[] { "gemeente", "levering_id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_urenregels_dossier_id",
                table: "inburgering_urenregels",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_urenregels_gemeente_dossier_id_periode_tot_id",
                table: "inburgering_urenregels",
                columns: new[] { "gemeente", "dossier_id", "periode_tot", "id" });
        }
    }
}
