namespace DeploymentSdk.CloudFoundry;

/// <summary>The labels and annotations of a resource (<c>metadata</c>).</summary>
/// <remarks>
/// In an update (PATCH) the server merges: a key with a value creates or changes it, a key with a
/// <see langword="null"/> value deletes it, and keys that are not sent stay as they are. A null dictionary is not sent.
/// </remarks>
public sealed class ResourceMetadata : ApiModel
{
    /// <summary>Labels: queryable key/value pairs (see <c>label_selector</c>). In an update, a null value deletes the label.</summary>
    public IDictionary<string, string?>? Labels { get; set; }

    /// <summary>Annotations: key/value pairs that cannot be queried. In an update, a null value deletes the annotation.</summary>
    public IDictionary<string, string?>? Annotations { get; set; }
}
