namespace Host.Abstractions.Tests.SdkExamples;

/// <summary>A stand-in for a vendor suite's own session, which contains the logged-in employee.</summary>
public interface IVendorSession
{
    /// <summary>The employee's id in the vendor's suite.</summary>
    string EmployeeId { get; }

    /// <summary>The employee's name.</summary>
    string EmployeeName { get; }

    /// <summary>The CBS code of the gemeente the employee works for.</summary>
    string MunicipalityCode { get; }

    /// <summary>The employee's roles, as the host's role stereotypes.</summary>
    IReadOnlySet<string> Roles { get; }
}

#region host-tenant
/// <summary>The gemeente of the vendor's logged-in employee, as plugins see it.</summary>
public sealed class VendorTenantContext(IVendorSession session) : ITenantContext
{
    /// <inheritdoc />
    public GemeenteCode? Current => GemeenteCode.TryParse(session.MunicipalityCode, out var code) ? code : null;
}

/// <summary>The vendor's logged-in employee, with permissions from the default roles the plugins declare.</summary>
public sealed class VendorCurrentUser(IVendorSession session, IEnumerable<IPermissionProvider> providers) : ICurrentUser
{
    private readonly Dictionary<string, IReadOnlyList<string>> _roles = providers
        .SelectMany(p => p.Permissions)
        .ToDictionary(p => p.Name, p => p.DefaultRoles);

    /// <inheritdoc />
    public bool IsAuthenticated => session.EmployeeId.Length > 0;

    /// <inheritdoc />
    public string UserId => session.EmployeeId;

    /// <inheritdoc />
    public string DisplayName => session.EmployeeName;

    /// <inheritdoc />
    public bool HasPermission(string permission) =>
        _roles.TryGetValue(permission, out var roles) && roles.Any(session.Roles.Contains);
}
#endregion
