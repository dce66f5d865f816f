using Host.Abstractions;

namespace SampleHost.Privacy;

/// <summary>The processing activities of SampleHost's own screens.</summary>
internal sealed class HostProcessingActivities : IProcessingActivityProvider
{
    public const string Klantregistratie = "host.klantregistratie";

    public const string Klantbeeld = "host.klantbeeld";

    public const string Inzage = "host.inzage";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(Klantregistratie,
            new("Registratie van klanten werk en inkomen", "Registration of work and income clients"),
            new("Een klant vastleggen op BSN met gegevens uit de BRP.", "Recording a client by BSN with data from the BRP."),
            "Participatiewet"),
        new(Klantbeeld,
            new("Inzien van het klantbeeld", "Viewing the client page"),
            new("De gegevens van een klant tonen aan een medewerker die de klant begeleidt.", "Showing a client's data to the employee who supports the client."),
            "Participatiewet"),
        new(Inzage,
            new("Inzage in verwerkingen door de privacy officer", "Subject access to processing by the privacy officer"),
            new("Een betrokkene op verzoek laten zien wie diens gegevens wanneer en waarvoor verwerkte.", "Showing a data subject, on request, who processed their data, when and why."),
            "AVG, art. 15 (recht van inzage)"),
    ];
}
