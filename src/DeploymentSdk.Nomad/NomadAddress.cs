using DeploymentSdk.Http;

namespace DeploymentSdk.Nomad;

/// <summary>A parsed <see cref="ApiClientOptions.Address"/>: the HTTP base address, and the socket path for <c>unix://</c>.</summary>
internal sealed record NomadAddress(Uri BaseAddress, string? UnixSocketPath)
{
    public bool IsHttps => BaseAddress.Scheme == Uri.UriSchemeHttps;

    public static NomadAddress Parse(Uri? address) => Parse(address?.OriginalString);

    public static NomadAddress Parse(string? address) =>
        TryParse(address, out var problem) ?? throw new ArgumentException($"NomadClientOptions.Address: {problem}", nameof(address));

    public static NomadAddress? TryParse(string? address, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(address))
        {
            problem = "an address is required, such as http://127.0.0.1:4646.";
            return null;
        }

        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri))
        {
            problem = $"'{SecretRedactor.RedactAddress(address)}' is not an absolute URL; use http://host:port, https://host:port or unix:///path/to/socket.";
            return null;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            problem = "the address must not carry user info, a query or a fragment; put the token in NomadClientOptions.Token.";
            return null;
        }

        switch (uri.Scheme)
        {
            case "unix":
                var path = uri.LocalPath;
                if (string.IsNullOrEmpty(path) || path == "/")
                {
                    problem = $"'{SecretRedactor.RedactAddress(address)}' has no socket path; use unix:///path/to/socket.";
                    return null;
                }

                // Requests go over the socket; the HTTP layer still needs a host for the request line.
                return new NomadAddress(new Uri("http://localhost/"), path);
            case "http" or "https":
                var baseAddress = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
                return new NomadAddress(baseAddress, null);
            default:
                problem = $"the scheme '{uri.Scheme}' is not supported; use http, https or unix.";
                return null;
        }
    }
}
