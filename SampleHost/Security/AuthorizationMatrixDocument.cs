using System.Globalization;
using System.Text;
using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>Writes the authorisation matrix as the Dutch document <c>docs/autorisatiematrix.md</c>.</summary>
internal static class AuthorizationMatrixDocument
{
    /// <summary>The command that regenerates the document from the repository's root folder.</summary>
    public const string Command = "dotnet run --project SampleHost -- autorisatiematrix ../docs/autorisatiematrix.md";

    private const string Yes = "✓";

    private const string No = "–";

    public static string Write(AuthorizationMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);

        var text = new StringBuilder();
        WriteIntroduction(text);
        WriteRoles(text);
        WritePermissions(text, matrix);
        WriteEntryPoints(text, matrix);
        WriteFields(text, matrix);
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void WriteIntroduction(StringBuilder text)
    {
        text.AppendLine("# Autorisatiematrix");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Gegenereerd uit de code met `{Command}`; wijzig dit bestand niet met de hand.");
        text.AppendLine("Een test faalt zodra de code en dit document uit elkaar lopen, en een andere test voert elke ingang hieronder");
        text.AppendLine("uit als elke rol en controleert dat precies deze rollen toegang krijgen.");
        text.AppendLine();
        text.AppendLine("De matrix geldt voor SampleHost met de plugins in `SampleHost/plugins`. Elke pagina, route, scherm, actie en download");
        text.AppendLine("draagt zelf haar toegangsregel in de code; een nieuwe ingang zonder regel laat de test falen. Een gemeente");
        text.AppendLine("kent rollen toe aan medewerkers volgens haar DPIA; de rechten per rol hieronder zijn de standaard.");
        text.AppendLine();
    }

    private static void WriteRoles(StringBuilder text)
    {
        text.AppendLine("## Rollen");
        text.AppendLine();
        text.AppendLine("| Rol | Code | Toegang volgens de DPIA |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var role in AuthorizationMatrix.Roles)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {RoleNames.For(role).Nl} | `{role}` | {Scope(role)} |");
        }

        text.AppendLine();
    }

    private static void WritePermissions(StringBuilder text, AuthorizationMatrix matrix)
    {
        text.AppendLine("## Rechten per rol");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| Recht | Omschrijving | {RoleHeader()} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| --- | --- | {Separators(AuthorizationMatrix.Roles.Count)} |");
        foreach (var permission in matrix.Permissions)
        {
            var cells = AuthorizationMatrix.Roles.Select(role => matrix.Grants(role, permission.Name) ? Yes : No);
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{permission.Name}` | {permission.Description.Nl} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine();
    }

    private static void WriteEntryPoints(StringBuilder text, AuthorizationMatrix matrix)
    {
        text.AppendLine("## Ingangen");
        text.AppendLine();
        text.AppendLine("Pagina's en routes met hun methode; schermen openen op `/schermen/{id}` en `/api/screens/{id}`, acties worden");
        text.AppendLine("verstuurd naar het scherm of naar `/api/actions/{id}`, beide met dezelfde regel. \"Anoniem\" is een bezoeker die");
        text.AppendLine("niet is ingelogd. De bewerkingen van de API onder `/api/v1` staan als route met hun methode en het recht dat");
        text.AppendLine("ze vragen; ze geven 404 als de plugin niet aan staat in de gemeente van de gebruiker of API-sleutel.");
        text.AppendLine("Downloads staan op `/downloads/{id}` en `/downloads/{id}/{recordId}`, beide met het recht van de download;");
        text.AppendLine("een scherm toont de link naar een download alleen aan wie dat recht heeft.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| Ingang | Regel | Anoniem | {RoleHeader()} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| --- | --- | --- | {Separators(AuthorizationMatrix.Roles.Count)} |");
        foreach (var entryPoint in matrix.EntryPoints)
        {
            var cells = AuthorizationMatrix.Roles.Select(role => matrix.Allows(role, entryPoint) ? Yes : No);
            var anonymous = matrix.Allows(null, entryPoint) ? Yes : No;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {entryPoint.Name.Replace("|", "\\|", StringComparison.Ordinal)} | {entryPoint.Rule} | {anonymous} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine();
    }

    private static void WriteFields(StringBuilder text, AuthorizationMatrix matrix)
    {
        text.AppendLine("## Velden op records van de host");
        text.AppendLine();
        text.AppendLine("Een veld met bijzondere persoonsgegevens (zoals gezondheid) vraagt naast zijn eigen recht ook");
        text.AppendLine(CultureInfo.InvariantCulture, $"`{HostPermissions.SpecialCategoryView}`; de host controleert dat, wat de plugin ook declareert.");
        text.AppendLine("Z = zien, W = wijzigen.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"| Record | Veld | Privacyklasse | {RoleHeader()} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| --- | --- | --- | {Separators(AuthorizationMatrix.Roles.Count)} |");
        foreach (var field in matrix.Fields)
        {
            var cells = AuthorizationMatrix.Roles.Select(role => (matrix.CanView(role, field.Definition), matrix.CanEdit(role, field.Definition)) switch
            {
                (true, true) => "Z W",
                (true, false) => "Z",
                (false, true) => "W",
                _ => No,
            });
            text.AppendLine(CultureInfo.InvariantCulture, $"| {field.RecordType} | `{field.Definition.Key}` ({field.Definition.Label.Nl}) | {PrivacyName(field.Definition.Privacy)} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine();
    }

    private static string RoleHeader() => string.Join(" | ", AuthorizationMatrix.Roles.Select(role => RoleNames.For(role).Nl));

    private static string Separators(int count) => string.Join(" | ", Enumerable.Repeat("---", count));

    private static string PrivacyName(PrivacyClass privacy) => privacy switch
    {
        PrivacyClass.Normal => "gewoon",
        PrivacyClass.Sensitive => "persoonsgegeven",
        _ => "bijzonder persoonsgegeven",
    };

    private static string Scope(string role) => role switch
    {
        HostRoles.ConsulentInburgering => "het hele inburgeringsdossier, ook gezondheid",
        HostRoles.Klantmanager => "status, leerroute en termijn; geen inhoud van de intake, geen gezondheid",
        HostRoles.MaatschappelijkBegeleider => "begeleiding en praktische gegevens",
        HostRoles.Toetsbegeleider => "alleen de leerbaarheidstoets",
        HostRoles.Aanbieder => "uitwisselgegevens van de eigen cursisten",
        HostRoles.FunctioneelBeheerder => "configuratie; geen dossierinhoud",
        HostRoles.PrivacyOfficer => "verwerkingslog en inzageverzoeken; geen dossierinhoud, behalve beperkte dossiers",
        HostRoles.Beleidsmedewerker => "alleen geaggregeerde dashboards",
        _ => string.Empty,
    };
}
