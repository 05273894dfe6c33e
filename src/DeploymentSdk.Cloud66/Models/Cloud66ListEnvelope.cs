namespace DeploymentSdk.Cloud66;

/// <summary>A list answer: <c>{"response": [...], "count": n, "pagination": {...}}</c>.</summary>
/// <typeparam name="T">The item model.</typeparam>
internal sealed class Cloud66ListEnvelope<T> : ApiModel
    where T : class
{
    public IList<T>? Response { get; set; }

    public long? Count { get; set; }

    public Pagination? Pagination { get; set; }
}
