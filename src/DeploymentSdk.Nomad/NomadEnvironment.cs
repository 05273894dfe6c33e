namespace DeploymentSdk.Nomad;

/// <summary>Reads the environment variables the <c>nomad</c> CLI reads into <see cref="NomadClientOptions"/>.</summary>
internal static class NomadEnvironment
{
    public static void Apply(NomadClientOptions options, Func<string, string?> getVariable)
    {
        // Kept as given (a relative or malformed value too), so validation can name NOMAD_ADDR and say what is wrong.
        Set(getVariable("NOMAD_ADDR"), v => options.Address = ToUri(v));
        Set(getVariable("NOMAD_TOKEN"), v => options.Token = v);
        Set(getVariable("NOMAD_REGION"), v => options.Region = v);
        Set(getVariable("NOMAD_NAMESPACE"), v => options.Namespace = v);
        Set(getVariable("NOMAD_CACERT"), v => options.CaCertificatePath = v);
        Set(getVariable("NOMAD_CLIENT_CERT"), v => options.ClientCertificatePath = v);
        Set(getVariable("NOMAD_CLIENT_KEY"), v => options.ClientKeyPath = v);
        Set(getVariable("NOMAD_TLS_SERVER_NAME"), v => options.TlsServerName = v);
        Set(getVariable("NOMAD_SKIP_VERIFY"), v => options.SkipTlsVerify = ParseBool(v));
    }

    private static Uri ToUri(string value) =>
        Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out var uri) || Uri.TryCreate(value, UriKind.Relative, out uri)
            ? uri
            : new Uri(Uri.EscapeDataString(value), UriKind.Relative);

    private static void Set(string? value, Action<string> apply)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            apply(value.Trim());
        }
    }

    // The values Go's strconv.ParseBool accepts, as the nomad CLI does.
    private static bool ParseBool(string value) => value switch
    {
        "1" or "t" or "T" or "true" or "TRUE" or "True" => true,
        "0" or "f" or "F" or "false" or "FALSE" or "False" => false,
        _ => throw new FormatException($"NOMAD_SKIP_VERIFY must be true or false (as the nomad CLI reads it), not '{value}'."),
    };
}
