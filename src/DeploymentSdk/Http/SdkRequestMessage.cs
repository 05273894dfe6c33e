namespace DeploymentSdk.Http;

/// <summary>
/// The request message the pipeline sends: an <see cref="HttpRequestMessage"/> that carries the SDK's per-request
/// facts as fields, so the handlers read them without the per-request dictionary and boxed values of
/// <see cref="HttpRequestMessage.Options"/>. <see cref="RequestFlags"/> reads these fields, or the options of a plain
/// message (a request a caller or a test sends through the handler stack itself).
/// </summary>
internal sealed class SdkRequestMessage(HttpMethod method, Uri requestUri) : HttpRequestMessage(method, requestUri)
{
    /// <summary>The request is a long poll or stream: no retry.</summary>
    public bool IsLongPoll { get; init; }

    /// <summary>The request may be sent twice with the same effect.</summary>
    public bool IsRetryable { get; init; }

    /// <summary>The provider's judgement that an answer the retry handler would repeat is final; null: none.</summary>
    public Func<int, string?, bool>? IsFinalAnswer { get; init; }

    /// <summary>A new request to <paramref name="target"/> with the same facts (a redirect's next hop).</summary>
    public SdkRequestMessage WithTarget(HttpMethod method, Uri target) => new(method, target)
    {
        IsLongPoll = IsLongPoll,
        IsRetryable = IsRetryable,
        IsFinalAnswer = IsFinalAnswer,
    };
}
