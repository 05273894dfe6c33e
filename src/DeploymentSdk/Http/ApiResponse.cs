using System.Net.Http.Headers;

namespace DeploymentSdk.Http;

/// <summary>A successful answer: the value read from the body, the status and the headers a provider turns into metadata.</summary>
internal readonly record struct ApiResponse<T>(T Value, int Status, HttpResponseHeaders Headers);
