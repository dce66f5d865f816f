namespace Host.Abstractions;

/// <summary>
/// A declarative screen. The host renders its content (as HTML in SampleHost, as JSON for other front ends)
/// and checks <see cref="ScreenDefinition.ViewPermission"/> before it calls <see cref="LoadAsync"/>.
/// Register implementations as <see cref="IScreen"/> services.
/// </summary>
public interface IScreen
{
    /// <summary>Where the screen appears and who may open it.</summary>
    ScreenDefinition Definition { get; }

    /// <summary>Loads the screen's content for the current gemeente and user.</summary>
    /// <param name="request">The record the screen is opened for.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The content, or <see langword="null"/> when the record does not exist in the current gemeente.</returns>
    Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken);
}

/// <summary>What a screen is opened for.</summary>
/// <param name="RecordId">The id of the record, or <see langword="null"/> for a screen without one.</param>
public sealed record ScreenRequest(string? RecordId)
{
    /// <summary>How the user pages, sorts and filters the screen's lists; <see cref="ListQuery.Default"/> when not set.</summary>
    public ListQuery List { get; init; } = ListQuery.Default;
}
