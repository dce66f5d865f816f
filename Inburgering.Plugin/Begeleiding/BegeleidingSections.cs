using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>The three sections of the begeleiding screen.</summary>
internal static class BegeleidingSections
{
    private static readonly LocalizedText s_alleenAsielstatushouders = new(
        "Alleen voor asielstatushouders; deze inburgeraar hoort bij een andere doelgroep.",
        "Only for asylum permit holders; this person belongs to another target group.");

    private static readonly FieldDefinition s_standaardEinde =
        new("standaardEinde", new LocalizedText("Standaard einde (6 maanden)", "Standard end (6 months)"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static ScreenSection Ontzorgen(Dossier dossier, Ontzorging? ontzorging)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        var title = new LocalizedText("Ontzorgen (Participatiewet art. 56a)", "Unburdening (Participation Act art. 56a)");
        if (!OntzorgenRegels.GeldtVoor(dossier.Doelgroep))
        {
            return new ScreenSection(title, [new TextElement(LegOntzorgenVastAction.Regel), new TextElement(s_alleenAsielstatushouders)]);
        }

        if (ontzorging is null)
        {
            return new ScreenSection(title, [new TextElement(new LocalizedText(
                "Er is nog geen ontzorgen vastgelegd. Bij bijstand betaalt de gemeente 6 maanden lang huur, energie en zorgverzekering uit de uitkering, met een machtiging van de inburgeraar.",
                "No unburdening has been recorded yet. With social assistance the municipality pays rent, energy and health insurance from the benefit for 6 months, under an authorisation of the person."))]);
        }

        var elements = new List<ScreenElement>
        {
            new FieldElement(BegeleidingFields.BijstandSinds, ontzorging.BijstandSinds),
            new FieldElement(BegeleidingFields.OntzorgenStart, ontzorging.Startdatum),
            new FieldElement(BegeleidingFields.OntzorgenEinde, ontzorging.Einddatum),
            new FieldElement(s_standaardEinde, OntzorgenRegels.StandaardEinddatum(ontzorging.BijstandSinds)),
            new FieldElement(BegeleidingFields.AfwijkingReden, ontzorging.AfwijkingReden),
            new FieldElement(BegeleidingFields.VasteLasten, ontzorging.VasteLasten.Select(v => v.ToString()).ToList()),
            new FieldElement(BegeleidingFields.MachtigingOndertekendOp, ontzorging.MachtigingOndertekendOp),
        };
        if (ontzorging.WeigeringOp is not null)
        {
            elements.Add(new TextElement(new LocalizedText(
                "De inburgeraar heeft geweigerd mee te werken. Dat leidt tot afstemming van de bijstand (Participatiewet art. 18).",
                "The person refused to cooperate. That leads to a reduction of the benefit (Participation Act art. 18).")));
            elements.Add(new FieldElement(BegeleidingFields.WeigeringOp, ontzorging.WeigeringOp));
            elements.Add(new FieldElement(BegeleidingFields.WeigeringToelichting, ontzorging.WeigeringToelichting));
        }

        return new ScreenSection(title, elements);
    }

    public static ScreenSection MaatschappelijkeBegeleiding(Dossier dossier, MaatschappelijkeBegeleiding? begeleiding)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        var title = new LocalizedText("Maatschappelijke begeleiding", "Social guidance");
        if (!OntzorgenRegels.GeldtVoor(dossier.Doelgroep))
        {
            return new ScreenSection(title, [new TextElement(LegBegeleidingVastAction.Regel), new TextElement(s_alleenAsielstatushouders)]);
        }

        if (begeleiding is null)
        {
            return new ScreenSection(title, [new TextElement(new LocalizedText(
                "Er is nog geen maatschappelijke begeleiding vastgelegd.",
                "No social guidance has been recorded yet."))]);
        }

        return new ScreenSection(title,
        [
            new FieldElement(BegeleidingFields.Organisatie, begeleiding.Organisatie),
            new FieldElement(BegeleidingFields.Contactpersoon, begeleiding.Contactpersoon),
            new FieldElement(BegeleidingFields.BegeleidingStart, begeleiding.Startdatum),
            new FieldElement(BegeleidingFields.BegeleidingEinde, begeleiding.Einddatum),
            new FieldElement(BegeleidingFields.BegeleidingNotities, begeleiding.Notities),
        ]);
    }

    /// <summary>Returns the conversations, in the order given, which should be newest first.</summary>
    public static ScreenSection Voortgangsgesprekken(IReadOnlyList<Voortgangsgesprek> gesprekken)
    {
        ArgumentNullException.ThrowIfNull(gesprekken);

        return new ScreenSection(
            new LocalizedText("Voortgangsgesprekken", "Progress meetings"),
            [
                new ListElement(
                    [BegeleidingFields.GeplandOp, BegeleidingFields.GehoudenOp, BegeleidingFields.GesprekNotities, BegeleidingFields.Afspraken],
                    [.. gesprekken.Select(g => new ListRow([g.GeplandOp, g.GehoudenOp, g.Notities, g.Afspraken], null))])
                {
                    EmptyText = new LocalizedText("Er zijn nog geen voortgangsgesprekken gepland of gehouden.", "No progress meetings have been planned or held yet."),
                },
            ]);
    }
}
