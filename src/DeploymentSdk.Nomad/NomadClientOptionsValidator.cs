using Microsoft.Extensions.Options;

namespace DeploymentSdk.Nomad;

/// <summary>Checks <see cref="NomadClientOptions"/> before the first request, naming the option and the fix.</summary>
internal sealed class NomadClientOptionsValidator : IValidateOptions<NomadClientOptions>
{
    public ValidateOptionsResult Validate(string? name, NomadClientOptions options)
    {
        var failures = new List<string>();
        var address = NomadAddress.TryParse(options.Address, out var problem);
        if (address is null)
        {
            failures.Add($"NomadClientOptions.Address (NOMAD_ADDR): {problem}");
        }

        var tlsFiles = options.CaCertificatePath is not null || options.ClientCertificatePath is not null || options.ClientKeyPath is not null;
        if (tlsFiles && address is { IsHttps: false })
        {
            failures.Add("NomadClientOptions.Address uses http but TLS files are configured (NOMAD_CACERT, NOMAD_CLIENT_CERT, NOMAD_CLIENT_KEY): use an https:// address or remove them.");
        }

        if ((options.ClientCertificatePath is null) != (options.ClientKeyPath is null))
        {
            failures.Add(options.ClientCertificatePath is null
                ? "NomadClientOptions.ClientKeyPath (NOMAD_CLIENT_KEY) is set but ClientCertificatePath (NOMAD_CLIENT_CERT) is not: mutual TLS needs both."
                : "NomadClientOptions.ClientCertificatePath (NOMAD_CLIENT_CERT) is set but ClientKeyPath (NOMAD_CLIENT_KEY) is not: mutual TLS needs both.");
        }

        CheckFile(options.CaCertificatePath, "CaCertificatePath (NOMAD_CACERT)", failures);
        CheckFile(options.ClientCertificatePath, "ClientCertificatePath (NOMAD_CLIENT_CERT)", failures);
        CheckFile(options.ClientKeyPath, "ClientKeyPath (NOMAD_CLIENT_KEY)", failures);

        if (options.Token is { } token && token.Any(char.IsControl))
        {
            failures.Add("NomadClientOptions.Token (NOMAD_TOKEN) contains a control character (a stray newline?); the token itself is not shown.");
        }
        else if (options.Token is { } ascii && !System.Text.Ascii.IsValid(ascii))
        {
            // An HTTP header carries ASCII only: every request would fail, and be retried, as a transport error.
            failures.Add("NomadClientOptions.Token (NOMAD_TOKEN) contains a non-ASCII character (a pasted quote or dash?); the token itself is not shown.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"NomadClientOptions.RequestTimeout must be positive (or Timeout.InfiniteTimeSpan), not {options.RequestTimeout}.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add($"NomadClientOptions.MaxResponseBytes must be positive, not {options.MaxResponseBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckFile(string? path, string option, List<string> failures)
    {
        if (path is not null && !File.Exists(path))
        {
            failures.Add($"NomadClientOptions.{option}: the file '{path}' does not exist.");
        }
    }
}
