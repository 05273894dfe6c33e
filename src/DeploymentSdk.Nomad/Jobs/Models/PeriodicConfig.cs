namespace DeploymentSdk.Nomad;

/// <summary>Makes a job periodic.</summary>
public sealed class PeriodicConfig : ApiModel
{
    /// <summary>Whether the periodic launcher is enabled.</summary>
    public bool? Enabled { get; set; }

    /// <summary>A cron expression.</summary>
    public string? Spec { get; set; }

    /// <summary>Several cron expressions; the earliest next launch wins.</summary>
    public IList<string>? Specs { get; set; }

    /// <summary>The spec type; only <c>cron</c> exists.</summary>
    public string? SpecType { get; set; }

    /// <summary>Whether a new instance waits until the previous one finished.</summary>
    public bool? ProhibitOverlap { get; set; }

    /// <summary>The IANA time zone the cron expressions are evaluated in; the server default is UTC.</summary>
    public string? TimeZone { get; set; }
}
