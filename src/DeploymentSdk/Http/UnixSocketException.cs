namespace DeploymentSdk.Http;

/// <summary>A unix domain socket that could not be connected; its message names the socket's path.</summary>
internal sealed class UnixSocketException(string path, Exception inner)
    : IOException($"could not connect to the unix socket '{path}': {inner.Message}", inner)
{
    /// <summary>The socket's path.</summary>
    public string SocketPath { get; } = path;
}
