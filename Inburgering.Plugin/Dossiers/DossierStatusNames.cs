using Host.Abstractions;

namespace Inburgering.Plugin.Dossiers;

/// <summary>The names of the <see cref="DossierStatus"/> values as staff read them, and their choice options.</summary>
internal static class DossierStatusNames
{
    private static readonly Dictionary<DossierStatus, LocalizedText> s_names = new()
    {
        [DossierStatus.Gekoppeld] = new("Gekoppeld", "Linked"),
        [DossierStatus.BredeIntake] = new("Brede intake", "Broad intake"),
        [DossierStatus.PipVastgesteld] = new("PIP vastgesteld", "PIP adopted"),
        [DossierStatus.InTraject] = new("In traject", "In progress"),
        [DossierStatus.Voldaan] = new("Voldaan", "Obligation met"),
        [DossierStatus.Ontheffing] = new("Ontheffing", "Dispensation"),
        [DossierStatus.Vertrokken] = new("Vertrokken", "Moved away"),
        [DossierStatus.Verwijderd] = new("Verwijderd", "Removed"),
    };

    /// <summary>The choice options, one per status, in lifecycle order.</summary>
    public static IReadOnlyList<ChoiceOption> Choices { get; } =
        [.. Enum.GetValues<DossierStatus>().Select(status => new ChoiceOption(status.ToString(), s_names[status]))];

    public static LocalizedText Name(DossierStatus status) => s_names[status];

    public static string Nl(DossierStatus status) => s_names[status].Nl;

    public static string En(DossierStatus status) => s_names[status].En;
}
