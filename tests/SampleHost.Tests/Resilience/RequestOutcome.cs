namespace SampleHost.Tests.Resilience;

/// <summary>The status of one request of the load, 0 when it got no HTTP response, with when it ended.</summary>
internal sealed record RequestOutcome(string Kind, int Status, DateTimeOffset At, string? Key = null)
{
    public const string Delivery = "delivery";
    public const string Page = "page";
    public const string Ready = "ready";

    public bool Succeeded => Status is >= 200 and < 300;
}
