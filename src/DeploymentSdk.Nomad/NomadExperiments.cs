namespace DeploymentSdk.Nomad;

/// <summary>
/// The diagnostic IDs of the package's <see cref="System.Diagnostics.CodeAnalysis.ExperimentalAttribute"/> APIs; the list,
/// and why each may change before 1.0, is in CONTRIBUTING.md ("Experimental APIs"), where <see cref="UrlFormat"/> points.
/// </summary>
internal static class NomadExperiments
{
    /// <summary>Failure diagnosis: <c>DiagnoseAsync</c>, <c>NomadDeploymentResult.Diagnosis</c> and the diagnosis models.</summary>
    public const string Diagnosis = "DSDK0001";

    /// <summary>Interactive exec and job actions over WebSocket.</summary>
    public const string Exec = "DSDK0002";

    /// <summary>The documentation of every ID (one section; the ID is not part of the address).</summary>
    public const string UrlFormat = "https://github.com/deploymentsdk/deploymentsdk/blob/main/CONTRIBUTING.md#experimental-apis";
}
