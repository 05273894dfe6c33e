namespace DeploymentSdk.Nomad;

/// <summary>Options of stopping an allocation (<c>POST /v1/allocation/:alloc_id/stop</c>).</summary>
public sealed class AllocationStopOptions : NomadWriteOptions
{
    /// <summary>Skip the tasks' shutdown delay (<c>?no_shutdown_delay=true</c>).</summary>
    public bool NoShutdownDelay { get; set; }

    /// <summary>Ask the scheduler to place a replacement (<c>?reschedule=true</c>).</summary>
    public bool Reschedule { get; set; }
}
