using Host.Abstractions;
using Inburgering.Plugin.Screens;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The werkvoorraad task for the old gemeente to prepare the overdracht of a detected move.</summary>
internal static class VerhuizingTaak
{
    public const string Kind = "inburgering.verhuizing";

    private static readonly LocalizedText s_title = new(
        "Verhuizing naar andere gemeente: overdracht voorbereiden",
        "Move to another municipality: prepare the handover");

    private static readonly LocalizedText s_kindName = new("Verhuizing", "Move");

    /// <summary>Returns the task key of the Verhuizing <paramref name="verhuizingId"/>, so a later move gets a task of its own.</summary>
    public static string KeyOf(Guid verhuizingId) => $"{Kind}:{verhuizingId}";

    /// <summary>Creates the task for <paramref name="verhuizing"/>, due on <paramref name="vandaag"/>.</summary>
    public static WorkTask Voor(Verhuizing verhuizing, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(verhuizing);

        return new WorkTask(verhuizing.TaakKey, Kind, verhuizing.DossierId.ToString(), s_title, vandaag)
        {
            RecordScreenId = DossierScreen.ScreenId,
            KindName = s_kindName,
        };
    }
}
