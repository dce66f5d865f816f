using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Plugin.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Schaalbaarheid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inburgering_urenregels_gemeente_dossier_id_periode_tot",
                table: "inburgering_urenregels");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_dossiers_gemeente_geregistreerd_op",
                table: "inburgering_dossiers");

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

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_voortgangsmeldingen_vervangen_door_id",
                table: "inburgering_voortgangsmeldingen",
                column: "vervangen_door_id",
                filter: "vervangen_door_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_urenregels_gemeente_dossier_id_periode_tot_id",
                table: "inburgering_urenregels",
                columns: new[] { "gemeente", "dossier_id", "periode_tot", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_leveringen_gemeente_aanbieder_id_ontvangen_op_id",
                table: "inburgering_leveringen",
                columns: new[] { "gemeente", "aanbieder_id", "ontvangen_op", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_geregistreerd_op_id",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "geregistreerd_op", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_status_geregistreerd_op_id",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "status", "geregistreerd_op", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_coa_informatie_gemeente_gewijzigd_op_id",
                table: "inburgering_coa_informatie",
                columns: new[] { "gemeente", "gewijzigd_op", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_aanmeldingen_gemeente_aanbieder_id_startdatum_id",
                table: "inburgering_aanmeldingen",
                columns: new[] { "gemeente", "aanbieder_id", "startdatum", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inburgering_voortgangsmeldingen_vervangen_door_id",
                table: "inburgering_voortgangsmeldingen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_urenregels_gemeente_dossier_id_periode_tot_id",
                table: "inburgering_urenregels");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_leveringen_gemeente_aanbieder_id_ontvangen_op_id",
                table: "inburgering_leveringen");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_dossiers_gemeente_geregistreerd_op_id",
                table: "inburgering_dossiers");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_dossiers_gemeente_status_geregistreerd_op_id",
                table: "inburgering_dossiers");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_coa_informatie_gemeente_gewijzigd_op_id",
                table: "inburgering_coa_informatie");

            migrationBuilder.DropIndex(
                name: "IX_inburgering_aanmeldingen_gemeente_aanbieder_id_startdatum_id",
                table: "inburgering_aanmeldingen");

            migrationBuilder.DropColumn(
                name: "bezorg_claim_tot",
                table: "inburgering_abonnementen");

            migrationBuilder.DropColumn(
                name: "bezorg_run",
                table: "inburgering_abonnementen");

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_urenregels_gemeente_dossier_id_periode_tot",
                table: "inburgering_urenregels",
                columns: new[] { "gemeente", "dossier_id", "periode_tot" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgering_dossiers_gemeente_geregistreerd_op",
                table: "inburgering_dossiers",
                columns: new[] { "gemeente", "geregistreerd_op" });
        }
    }
}
