namespace DeploymentSdk.CloudFoundry;

/// <summary>Why an instance crashed, from its stats (<c>details</c>) or from an <c>audit.app.process.crash</c> event.</summary>
public sealed class InstanceCrash
{
    /// <summary>The process type of the instance (<c>web</c>).</summary>
    public string? ProcessType { get; init; }

    /// <summary>The process GUID, when known.</summary>
    public string? ProcessGuid { get; init; }

    /// <summary>The instance index.</summary>
    public int? Index { get; init; }

    /// <summary>The instance GUID, when known.</summary>
    public string? InstanceGuid { get; init; }

    /// <summary>The crash reason the platform gives (for example <c>CRASHED</c>); from an audit event.</summary>
    public string? Reason { get; init; }

    /// <summary>How the instance's process ended (for example <c>APP/PROC/WEB: Exited with status 1</c>); from an audit event.</summary>
    public string? ExitDescription { get; init; }

    /// <summary>The stats' <c>details</c> for a crashed or unplaced instance.</summary>
    public string? Details { get; init; }

    /// <summary>When it crashed, when known.</summary>
    public DateTimeOffset? CrashedAt { get; init; }

    /// <summary>Where this explanation comes from.</summary>
    public InstanceCrashSource Source { get; init; }

    /// <summary>A one-line explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        $"{ProcessType}#{Index}: {string.Join(" — ", new[] { Reason, ExitDescription, Details }.Where(text => !string.IsNullOrEmpty(text)))}";
}
