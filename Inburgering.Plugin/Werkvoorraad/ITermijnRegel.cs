using Host.Abstractions;

namespace Inburgering.Plugin.Werkvoorraad;

/// <summary>
/// One rule of the daily deadline scan (<see cref="TermijnbewakingJob"/>), such as "PIP due within 14 days". It returns
/// every task of its kind that should be open today. The job creates the new ones and closes the open ones it no longer
/// returns. Register implementations as <see cref="ITermijnRegel"/> services.
/// </summary>
internal interface ITermijnRegel
{
    /// <summary>The kind of the tasks, prefixed with <c>inburgering.</c>; every task the rule returns has it.</summary>
    string Kind { get; }

    /// <summary>The kind's name in the work queue's filter.</summary>
    LocalizedText KindName { get; }

    /// <summary>
    /// Whether a task's key alone fixes its title and due date, for example because the key contains the due date. The
    /// scan then leaves an open task with the same key as it is, also when the host does not report the open tasks' titles
    /// and due dates. Defaults to <see langword="false"/>: the scan then compares them and writes the open tasks that
    /// changed, or every open task of the rule when the host does not report them.
    /// </summary>
    bool KeyDeterminesTask => false;

    /// <summary>Returns the tasks that should be open on <paramref name="vandaag"/> in the current gemeente.</summary>
    /// <param name="vandaag">Today in Europe/Amsterdam.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken);
}

/// <summary>A task the scan should have open, with the person it is about for the processing log.</summary>
/// <param name="Task">The task; its key names the dossier and, where a dossier can have several, the occasion.</param>
/// <param name="Subject">The person the task is about.</param>
internal sealed record TermijnTaak(WorkTask Task, DataSubject Subject);
