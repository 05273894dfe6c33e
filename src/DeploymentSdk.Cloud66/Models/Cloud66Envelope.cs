namespace DeploymentSdk.Cloud66;

/// <summary>Cloud66 wraps every answer as <c>{"response": ...}</c>.</summary>
/// <typeparam name="T">The model inside.</typeparam>
internal sealed class Cloud66Envelope<T> : ApiModel
    where T : class
{
    public T? Response { get; set; }
}
