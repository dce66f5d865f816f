using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin;

/// <summary>The log messages of aanbieders, referrals and the aanbieder portal, event ids 12xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 12001, Level = LogLevel.Warning, Message = "The organisation of user {UserId} is not a KvK number with an optional vestigingsnummer; the user acts for no aanbieder")]
    public static partial void OrganisationNotParsed(ILogger logger, string userId);
}
