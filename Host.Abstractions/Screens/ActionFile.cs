namespace Host.Abstractions;

/// <summary>A file uploaded with an action, as the host received it.</summary>
/// <param name="FileName">The file's name as the browser sent it, without a folder; never trust it as a path.</param>
/// <param name="ContentType">The content type the browser claimed, or <see langword="null"/>.</param>
/// <param name="Length">The size in bytes.</param>
/// <param name="OpenRead">
/// Opens the file for reading from the start. It may be called more than once, so a handler can check a file before it
/// imports it. The host keeps large uploads on disk, so reading streams without loading the file whole.
/// </param>
public sealed record ActionFile(string FileName, string? ContentType, long Length, Func<Stream> OpenRead);
