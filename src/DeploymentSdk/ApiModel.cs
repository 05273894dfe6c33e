using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentSdk;

/// <summary>
/// Base of every model the SDK reads from or sends to a platform: it keeps the JSON fields the model does not know.
/// </summary>
/// <remarks>
/// A model read from a newer server and sent back (for example a job that is read, changed and registered again)
/// writes those fields back unchanged, so nothing is lost.
/// </remarks>
public abstract class ApiModel
{
    /// <summary>
    /// JSON fields of this object that the model has no property for, by wire name; <see langword="null"/> when there were none.
    /// They are written back when the model is serialized.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
