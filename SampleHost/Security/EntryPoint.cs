namespace SampleHost.Security;

/// <summary>What kind of entry point a row of the authorisation matrix is.</summary>
internal enum EntryPointKind
{
    /// <summary>A Razor page of the host, or one handler of it.</summary>
    Page,

    /// <summary>A route of the JSON API or another endpoint outside the pages.</summary>
    Route,

    /// <summary>A screen of the host or a plugin, served at <c>/schermen/{id}</c> and <c>/api/screens/{id}</c>.</summary>
    Screen,

    /// <summary>An action of the host or a plugin, posted to a screen or to <c>/api/actions/{id}</c>.</summary>
    Action,

    /// <summary>A file of the host or a plugin, served at <c>/downloads/{id}</c> and <c>/downloads/{id}/{recordId}</c>.</summary>
    Download,
}

/// <summary>One way into the host that a request can take, with its access rule.</summary>
/// <param name="Kind">A page, route, screen, action or download.</param>
/// <param name="Method">The HTTP method, <c>GET</c> or <c>POST</c>.</param>
/// <param name="Path">The route template, for example <c>/klanten/{id:guid}</c>, or the screen, action or download id.</param>
/// <param name="Handler">The page handler, for example <c>Registreer</c>, or <see langword="null"/>.</param>
/// <param name="Rule">Who may take it.</param>
internal sealed record EntryPoint(EntryPointKind Kind, string Method, string Path, string? Handler, AccessRule Rule)
{
    /// <summary>The entry point as the matrix and test messages name it, for example <c>POST /klanten?handler=Registreer</c>.</summary>
    public string Name => Kind switch
    {
        EntryPointKind.Screen => $"scherm {Path}",
        EntryPointKind.Action => $"actie {Path}",
        EntryPointKind.Download => $"download {Path}",
        _ => Handler is null ? $"{Method} {Path}" : $"{Method} {Path}?handler={Handler}",
    };
}
