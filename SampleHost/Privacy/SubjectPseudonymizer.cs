using System.Security.Cryptography;
using System.Text;
using Host.Abstractions;
using Microsoft.Extensions.Options;

namespace SampleHost.Privacy;

/// <summary>
/// Turns a data subject's id into a keyed hash (HMAC-SHA256), so the processing log can be searched per person
/// without storing the BSN.
/// </summary>
internal sealed class SubjectPseudonymizer(IOptions<PrivacyOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.PseudonymKey);

    public string Pseudonymize(DataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);

        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{subject.IdType}:{subject.Id}"));
        return Convert.ToHexStringLower(hash);
    }
}
