using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Portaal;

/// <summary>A student as the portal shows it: one aanmelding of one of the user's own aanbieders, with its dossier.</summary>
internal sealed record Cursist(Aanmelding Aanmelding, Aanbieder Aanbieder, Dossier Dossier);
