namespace DeploymentSdk.Nomad;

/// <summary>A frame the client sends on an exec WebSocket: standard input, its close, or a terminal size.</summary>
internal sealed class ExecInputFrame
{
    [System.Text.Json.Serialization.JsonPropertyName("stdin")]
    public ExecStreamData? Stdin { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("tty_size")]
    public ExecTtySize? TtySize { get; set; }
}

/// <summary>A frame Nomad sends: output, or the exit with its result; <c>{}</c> is a heartbeat.</summary>
internal sealed class ExecOutputFrame
{
    [System.Text.Json.Serialization.JsonPropertyName("stdout")]
    public ExecStreamData? Stdout { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("stderr")]
    public ExecStreamData? Stderr { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("exited")]
    public bool? Exited { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("result")]
    public ExecResult? Result { get; set; }
}

internal sealed class ExecStreamData
{
    [System.Text.Json.Serialization.JsonPropertyName("data")]
    public byte[]? Data { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("close")]
    public bool? Close { get; set; }
}

internal sealed class ExecTtySize
{
    [System.Text.Json.Serialization.JsonPropertyName("height")]
    public int Height { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("width")]
    public int Width { get; set; }
}

internal sealed class ExecResult
{
    [System.Text.Json.Serialization.JsonPropertyName("exit_code")]
    public int ExitCode { get; set; }
}
