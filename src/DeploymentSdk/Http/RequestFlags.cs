namespace DeploymentSdk.Http;

/// <summary>
/// Per-request facts the SDK's handlers read: the fields of an <see cref="SdkRequestMessage"/> (what the pipeline
/// sends), or the <see cref="HttpRequestMessage.Options"/> of any other message.
/// </summary>
internal static class RequestFlags
{
    /// <summary>The request is a long poll or stream: no retry, no attempt timeout, no breaker statistics.</summary>
    public static readonly HttpRequestOptionsKey<bool> LongPoll = new("DeploymentSdk.LongPoll");

    /// <summary>The request may be sent twice with the same effect (safe method, or a write carrying an idempotency token).</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("DeploymentSdk.Retryable");

    /// <summary>
    /// The provider's judgement that an answer the retry handler would repeat (5xx, 408, 429) is final; see
    /// <see cref="ApiPipelineSettings.IsFinalAnswer"/>.
    /// </summary>
    public static readonly HttpRequestOptionsKey<Func<int, string?, bool>> FinalAnswer = new("DeploymentSdk.FinalAnswer");

    public static bool IsLongPoll(HttpRequestMessage request) => request is SdkRequestMessage sdk
        ? sdk.IsLongPoll
        : request.Options.TryGetValue(LongPoll, out var value) && value;

    public static bool IsRetryable(HttpRequestMessage request) => request is SdkRequestMessage sdk
        ? sdk.IsRetryable && !sdk.IsLongPoll
        : request.Options.TryGetValue(Retryable, out var value) && value && !IsLongPoll(request);

    /// <summary>The provider's final-answer judgement of the request, or null.</summary>
    public static Func<int, string?, bool>? IsFinalAnswer(HttpRequestMessage request) => request is SdkRequestMessage sdk
        ? sdk.IsFinalAnswer
        : request.Options.TryGetValue(FinalAnswer, out var value) ? value : null;
}
