namespace Host.Abstractions;

/// <summary>The places in the host's user interface where a plugin's screens appear.</summary>
public static class HostSlots
{
    /// <summary>An entry in the main navigation; the screen opens without a record.</summary>
    public const string Navigation = "navigation";

    /// <summary>A section on the host's client page; the screen opens with the host's client id as record id.</summary>
    public const string ClientTab = "client-tab";

    /// <summary>A page reached only through links from other screens, usually with a record id.</summary>
    public const string Page = "page";

    /// <summary>A block on the host's start page, usually with counters and charts; the screen opens without a record.</summary>
    public const string Dashboard = "dashboard";
}
