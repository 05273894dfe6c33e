using System.Text.RegularExpressions;

namespace DeploymentSdk.Http;

/// <summary>
/// Removes credentials from text before it reaches an exception, a log or a span: every secret this client registration
/// has used (current and previous tokens, refresh tokens, client secrets), credential-looking values (a bearer or basic
/// credential, a token field of a JSON or form body, a token header quoted in a page), and the user info of addresses.
/// </summary>
/// <remarks>
/// One instance per client registration, shared by its credential handler (which adds each token it sends) and its
/// pipeline (which redacts error bodies). It remembers the last <see cref="MaxSecrets"/> secrets, so a token a server
/// echoes after a rotation is still removed.
/// </remarks>
internal sealed partial class SecretRedactor
{
    /// <summary>What a removed secret is replaced with.</summary>
    public const string Mask = "[redacted]";

    /// <summary>How many distinct secrets are remembered (oldest forgotten first).</summary>
    public const int MaxSecrets = 16;

    // Shorter values are too likely to be ordinary words; a credential is never this short.
    private const int MinSecretLength = 4;

    private readonly object _gate = new();
    private readonly List<string> _order = [];
    private string[] _secrets = [];

    /// <summary>Creates a redactor that knows <paramref name="secrets"/> (null and empty values are ignored).</summary>
    public SecretRedactor(params string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            Add(secret);
        }
    }

    /// <summary>A redactor that knows no secret but still removes credential-looking values and user info.</summary>
    public static SecretRedactor Patterns { get; } = new();

    /// <summary>Remembers <paramref name="secret"/> (and its value without a <c>Bearer </c> scheme) so it is removed from now on.</summary>
    public void Add(string? secret)
    {
        secret = secret?.Trim();
        if (string.IsNullOrEmpty(secret) || secret.Length < MinSecretLength || ReferenceEquals(this, Patterns))
        {
            return;
        }

        var space = secret.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && space < secret.Length - 1)
        {
            // "Bearer abc": the credential is the part after the scheme.
            Add(secret[(space + 1)..]);
        }

        lock (_gate)
        {
            if (_order.Contains(secret))
            {
                return;
            }

            if (_order.Count == MaxSecrets)
            {
                _order.RemoveAt(0);
            }

            _order.Add(secret);

            // Longest first, so a secret that contains another is removed whole.
            var sorted = _order.ToArray();
            Array.Sort(sorted, static (a, b) => b.Length.CompareTo(a.Length));
            Volatile.Write(ref _secrets, sorted);
        }
    }

    /// <summary>The text with every known secret, credential-looking value and address user info replaced by <see cref="Mask"/>.</summary>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in Volatile.Read(ref _secrets))
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
            var escaped = Uri.EscapeDataString(secret);
            if (!ReferenceEquals(escaped, secret) && escaped != secret)
            {
                text = text.Replace(escaped, Mask, StringComparison.Ordinal);
            }
        }

        text = SchemeCredential().Replace(text, "$1 " + Mask);
        text = NamedCredential().Replace(text, "$1" + Mask);
        text = CredentialHeader().Replace(text, "$1" + Mask);
        return UserInfo().Replace(text, "://" + Mask + "@");
    }

    /// <summary>An address as it may be shown: its user info (<c>https://user:password@host</c>) replaced by <see cref="Mask"/>.</summary>
    public static string RedactAddress(Uri? address) =>
        address is null ? "(none)" : RedactAddress(address.OriginalString);

    /// <summary>An address as it may be shown: its user info replaced by <see cref="Mask"/>.</summary>
    public static string RedactAddress(string? address)
    {
        if (address is null)
        {
            return "(none)";
        }

        if (!address.Contains("://", StringComparison.Ordinal) && address.LastIndexOf('@') is var at and > 0)
        {
            // "user:password@host:4646" without a scheme: everything before the '@' may be a credential.
            return Mask + address[at..];
        }

        return UserInfo().Replace(address, "://" + Mask + "@");
    }

    // "Bearer abc.def", "Basic dXNlcjpwYXNz1" (a scheme followed by a token68 with a digit or symbol, so "Basic authentication" stays).
    [GeneratedRegex(@"\b(bearer|basic)\s+(?=[A-Za-z0-9\-._~+/]*[0-9\-._~+/])[A-Za-z0-9\-._~+/]{6,}=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SchemeCredential();

    // JSON, form and query fields that carry credentials: "refresh_token":"abc", client_secret=abc, "SecretID": "abc".
    [GeneratedRegex(
        @"((?:access_token|refresh_token|id_token|client_secret|password|secret_?id|secret|token)""?\s*[:=]\s*""?)(?!\[redacted\])[^""&\s,;}]{4,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex NamedCredential();

    // A credential header quoted in a debug page or a proxy's echo: "X-Nomad-Token: abc", "Authorization: xyz".
    [GeneratedRegex(
        @"((?:x-nomad-token|x-vault-token|authorization|proxy-authorization|cookie)""?\s*[:=]\s*""?)(?!\[redacted\])(?!bearer\b|basic\b)[^""\s,;}]{4,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex CredentialHeader();

    // "scheme://user:password@" and "scheme://token@".
    [GeneratedRegex(@"://[^/?#@\s""']+@", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UserInfo();
}
