namespace DeploymentSdk.Nomad.Http;

/// <summary>
/// A resource client of the SDK's own: a watch or stream started through it logs to its registration's logger, and the
/// watch budget is derived from its options' connection limit. A client that is not the SDK's (a test double) has neither.
/// </summary>
internal interface INomadPipelineOwner
{
    /// <summary>The pipeline, with the registration's options and logger.</summary>
    NomadPipeline Pipeline { get; }
}
