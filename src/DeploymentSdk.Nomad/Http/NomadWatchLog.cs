using DeploymentSdk.Nomad.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeploymentSdk.Nomad;

/// <summary>What the watch and stream log events say: the registration's logger, and names free of secrets.</summary>
internal static class NomadWatchLog
{
    /// <summary>The logger of the registration that built <paramref name="client"/>; none for a client the SDK did not build (a mock).</summary>
    public static ILogger Of(object client) => client is INomadPipelineOwner owner ? owner.Pipeline.Logger : NullLogger.Instance;

    /// <summary>The watched path when the failure names it (a path, never a query string or an address), else the value type.</summary>
    public static string Describe(Type valueType, Exception failure) =>
        failure is ApiException { RequestPath: { Length: > 0 } path } ? path : valueType.Name;

    /// <summary>The class of a failure: its kind and status, never its message (which may quote the server).</summary>
    public static string Describe(Exception failure) => failure switch
    {
        ApiException { Status: > 0 } api => $"{api.Kind}, HTTP {api.Status}",
        ApiException api => api.Kind.ToString(),
        _ => failure.GetType().Name,
    };
}
