using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The status of an evaluation (<c>Evaluation.Status</c>).</summary>
/// <remarks>Open: a value a newer Nomad adds still reads and writes back unchanged.</remarks>
[JsonConverter(typeof(ExtensibleEnumConverter<EvaluationStatus>))]
public readonly record struct EvaluationStatus(string Value) : IExtensibleEnum<EvaluationStatus>
{
    /// <summary>The evaluation waits for capacity to place the remaining allocations.</summary>
    public static EvaluationStatus Blocked { get; } = new("blocked");

    /// <summary>The evaluation waits to be processed by a scheduler.</summary>
    public static EvaluationStatus Pending { get; } = new("pending");

    /// <summary>The scheduler processed the evaluation; terminal.</summary>
    public static EvaluationStatus Complete { get; } = new("complete");

    /// <summary>The scheduler could not process the evaluation; terminal.</summary>
    public static EvaluationStatus Failed { get; } = new("failed");

    /// <summary>The evaluation was superseded by a newer one for the same job; terminal (spelled with one l on the wire).</summary>
    public static EvaluationStatus Canceled { get; } = new("canceled");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static EvaluationStatus IExtensibleEnum<EvaluationStatus>.FromValue(string value) => new(value);
}
