namespace DeploymentSdk.Http;

/// <summary>
/// Says where an option's value came from, for validation messages: the configuration key (<c>Nomad:Address</c>), the
/// environment variable (<c>NOMAD_ADDR</c>) or code. Precedence is defaults, environment, configuration, code; a value
/// equal to the configuration's came from there, else one equal to the environment's, else from code.
/// </summary>
internal sealed class OptionSource
{
    private readonly Func<string, string?>? _configurationValue;
    private readonly Func<string, string?>? _configurationPath;
    private readonly Func<string, string?>? _environmentVariable;
    private readonly IReadOnlyDictionary<string, string> _variables;

    /// <param name="configurationValue">Reads a key of the bound configuration section, or null when none was bound.</param>
    /// <param name="configurationPath">The full path of a key of the section (<c>Nomad:Address</c>).</param>
    /// <param name="environmentVariable">Reads an environment variable, or null when the environment does not apply.</param>
    /// <param name="variables">The environment variable of each option that has one (<c>Address</c> → <c>NOMAD_ADDR</c>).</param>
    public OptionSource(
        Func<string, string?>? configurationValue,
        Func<string, string?>? configurationPath,
        Func<string, string?>? environmentVariable,
        IReadOnlyDictionary<string, string>? variables = null)
    {
        _configurationValue = configurationValue;
        _configurationPath = configurationPath;
        _environmentVariable = environmentVariable;
        _variables = variables ?? new Dictionary<string, string>();
    }

    /// <summary>The source of nothing in particular: every value is from code or a default.</summary>
    public static OptionSource Code { get; } = new(null, null, null);

    /// <summary>The source of a registration bound from <paramref name="configuration"/> (or from code only when null), with no environment variables.</summary>
    public static OptionSource FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration? configuration) =>
        configuration is null ? Code : new(key => configuration[key], key => configuration.GetSection(key).Path, null);

    /// <summary>"from configuration key 'Nomad:Address'", "from environment variable NOMAD_ADDR" or "set in code".</summary>
    public string Describe(string option, string? value)
    {
        if (value is not null && _configurationValue?.Invoke(option) is { } configured && configured.Trim() == value.Trim())
        {
            return $"from configuration key '{_configurationPath?.Invoke(option) ?? option}'";
        }

        if (value is not null && _variables.TryGetValue(option, out var variable) && _environmentVariable?.Invoke(variable) is { } environment
            && environment.Trim() == value.Trim())
        {
            return $"from environment variable {variable}";
        }

        return "set in code";
    }
}
