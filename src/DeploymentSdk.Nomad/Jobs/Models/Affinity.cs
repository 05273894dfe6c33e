namespace DeploymentSdk.Nomad;

/// <summary>A weighted placement preference.</summary>
public sealed class Affinity : ApiModel
{
    /// <summary>The left side: a node attribute or metadata reference.</summary>
    public string? LTarget { get; set; }

    /// <summary>The right side: the value to compare with.</summary>
    public string? RTarget { get; set; }

    /// <summary>The operator, as for constraints.</summary>
    public string? Operand { get; set; }

    /// <summary>The weight, from -100 to 100 (negative means anti-affinity); the server default is 50.</summary>
    public int? Weight { get; set; }
}
