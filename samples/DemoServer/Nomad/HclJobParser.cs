using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// Turns a job file in HCL into Nomad's JSON job, for the demo's <c>POST /v1/jobs/parse</c>. It reads HCL's syntax
/// (blocks, attributes, strings, heredocs, numbers, lists, maps, comments) and maps the jobspec blocks a typical
/// service job uses — job, group, task, update, config, env, meta, resources, network/port, service, restart,
/// constraint, template — to their API names. A real Nomad agent parses the whole jobspec language; this is enough for
/// the samples' job files and ones like them.
/// </summary>
internal sealed class HclJobParser
{
    private static readonly HashSet<string> DurationKeys = new(StringComparer.Ordinal)
    {
        "min_healthy_time", "healthy_deadline", "progress_deadline", "stagger", "interval", "timeout", "delay",
        "kill_timeout", "shutdown_delay", "max_delay", "splay",
    };

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["id"] = "ID", ["cpu"] = "CPU", ["memory"] = "MemoryMB", ["memory_max"] = "MemoryMaxMB", ["size"] = "SizeMB",
        ["restart"] = "RestartPolicy", ["reschedule"] = "ReschedulePolicy", ["ephemeral_disk"] = "EphemeralDisk",
        ["port"] = "PortLabel", ["data"] = "EmbeddedTmpl", ["destination"] = "DestPath", ["source"] = "SourcePath",
    };

    private static readonly HashSet<string> RawMaps = new(StringComparer.Ordinal) { "config", "env", "meta" };

    private readonly string _text;
    private int _position;

    private HclJobParser(string text) => _text = text;

    /// <summary>Parses a job file; a syntax error is a 400 with the line, as Nomad answers.</summary>
    public static JsonObject Parse(string hcl)
    {
        var parser = new HclJobParser(hcl);
        var body = parser.ParseBody(endAtBrace: false);
        var job = body.Find(e => e.Name == "job" && e.Block is not null)
            ?? throw new DemoHttpException(400, "error parsing jobspec: no job block found");
        if (job.Labels.Count != 1)
        {
            throw new DemoHttpException(400, "error parsing jobspec: a job block needs one label, the job ID");
        }

        var result = new JsonObject { ["ID"] = job.Labels[0], ["Name"] = job.Labels[0] };
        MapBody(result, job.Block!, "job");
        return result;
    }

    private static void MapBody(JsonObject target, List<Entry> body, string context)
    {
        foreach (var entry in body)
        {
            if (entry.Block is null)
            {
                target[ApiName(entry.Name)] = DurationKeys.Contains(entry.Name) && entry.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String
                    ? Nanoseconds((string)v!)
                    : entry.Value;
                continue;
            }

            if (RawMaps.Contains(entry.Name))
            {
                target[ApiName(entry.Name)] = RawMap(entry.Block);
                continue;
            }

            switch (context, entry.Name)
            {
                case ("job", "group"):
                    Append(target, "TaskGroups", Labeled(entry, "group"));
                    break;
                case ("group", "task"):
                    Append(target, "Tasks", Labeled(entry, "task"));
                    break;
                case (_, "constraint"):
                    var constraint = RawMap(entry.Block);
                    Append(target, "Constraints", new JsonObject
                    {
                        ["LTarget"] = constraint["attribute"]?.DeepClone(),
                        ["RTarget"] = constraint["value"]?.DeepClone(),
                        ["Operand"] = constraint["operator"]?.DeepClone() ?? "=",
                    });
                    break;
                case ("group", "network"):
                    Append(target, "Networks", Network(entry.Block));
                    break;
                case (_, "service"):
                    var service = new JsonObject();
                    MapBody(service, entry.Block, "service");
                    Append(target, "Services", service);
                    break;
                case (_, "template"):
                    var template = new JsonObject();
                    MapBody(template, entry.Block, "template");
                    Append(target, "Templates", template);
                    break;
                default:
                    var nested = new JsonObject();
                    if (entry.Labels.Count > 0)
                    {
                        nested["Name"] = entry.Labels[0];
                    }

                    MapBody(nested, entry.Block, entry.Name);
                    target[ApiName(entry.Name)] = nested;
                    break;
            }
        }
    }

    private static JsonObject Labeled(Entry entry, string context)
    {
        if (entry.Labels.Count != 1)
        {
            throw new DemoHttpException(400, $"error parsing jobspec: a {context} block needs one label, its name");
        }

        var result = new JsonObject { ["Name"] = entry.Labels[0] };
        MapBody(result, entry.Block!, context);
        return result;
    }

    private static JsonObject Network(List<Entry> body)
    {
        var network = new JsonObject();
        foreach (var entry in body)
        {
            if (entry.Name == "port" && entry.Block is not null && entry.Labels.Count == 1)
            {
                var port = RawMap(entry.Block);
                var isStatic = port["static"] is not null;
                Append(network, isStatic ? "ReservedPorts" : "DynamicPorts", new JsonObject
                {
                    ["Label"] = entry.Labels[0],
                    ["Value"] = port["static"]?.DeepClone() ?? 0,
                    ["To"] = port["to"]?.DeepClone() ?? 0,
                });
            }
            else if (entry.Block is null)
            {
                network[ApiName(entry.Name)] = entry.Value;
            }
        }

        return network;
    }

    private static JsonObject RawMap(List<Entry> body)
    {
        var map = new JsonObject();
        foreach (var entry in body)
        {
            map[entry.Name] = entry.Block is null ? entry.Value : RawMap(entry.Block);
        }

        return map;
    }

    private static void Append(JsonObject target, string name, JsonObject item)
    {
        if (target[name] is not JsonArray array)
        {
            target[name] = array = [];
        }

        array.Add(item);
    }

    private static string ApiName(string hclName)
    {
        if (Names.TryGetValue(hclName, out var name))
        {
            return name;
        }

        var builder = new StringBuilder(hclName.Length);
        foreach (var part in hclName.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        return builder.ToString();
    }

    private static long Nanoseconds(string duration) =>
        (NomadFormat.ParseDuration(duration) ?? TimeSpan.Zero).Ticks * 100;

    // ---- HCL syntax ----

    private List<Entry> ParseBody(bool endAtBrace)
    {
        var entries = new List<Entry>();
        while (true)
        {
            SkipTrivia();
            if (_position >= _text.Length)
            {
                if (endAtBrace)
                {
                    throw Error("unexpected end of file, expected '}'");
                }

                return entries;
            }

            if (_text[_position] == '}')
            {
                if (!endAtBrace)
                {
                    throw Error("unexpected '}'");
                }

                _position++;
                return entries;
            }

            var name = Identifier();
            SkipTrivia(newlines: false);
            if (Peek() == '=')
            {
                _position++;
                entries.Add(new Entry(name, [], ParseValue(), null));
                continue;
            }

            var labels = new List<string>();
            while (Peek() == '"')
            {
                labels.Add(QuotedString());
                SkipTrivia(newlines: false);
            }

            Expect('{');
            entries.Add(new Entry(name, labels, null, ParseBody(endAtBrace: true)));
        }
    }

    private JsonNode? ParseValue()
    {
        SkipTrivia();
        var c = Peek();
        switch (c)
        {
            case '"':
                return QuotedString();
            case '<' when _text.AsSpan(_position).StartsWith("<<"):
                return Heredoc();
            case '[':
                _position++;
                var list = new JsonArray();
                while (true)
                {
                    SkipTrivia();
                    if (Peek() == ']')
                    {
                        _position++;
                        return list;
                    }

                    list.Add(ParseValue());
                    SkipTrivia();
                    if (Peek() == ',')
                    {
                        _position++;
                    }
                }

            case '{':
                _position++;
                var map = new JsonObject();
                while (true)
                {
                    SkipTrivia();
                    if (Peek() == '}')
                    {
                        _position++;
                        return map;
                    }

                    var key = Peek() == '"' ? QuotedString() : Identifier();
                    SkipTrivia();
                    if (Peek() is not ('=' or ':'))
                    {
                        throw Error("expected '=' in a map");
                    }

                    _position++;
                    map[key] = ParseValue();
                    SkipTrivia();
                    if (Peek() == ',')
                    {
                        _position++;
                    }
                }

            default:
                var word = Identifier();
                return word switch
                {
                    "true" => true,
                    "false" => false,
                    "null" => null,
                    _ when long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
                    _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                    _ => throw Error($"'{word}' is not a value the demo's HCL parser understands (use a literal)"),
                };
        }
    }

    private string QuotedString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position++];
            if (c == '\\' && _position < _text.Length)
            {
                var escaped = _text[_position++];
                builder.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => escaped });
            }
            else
            {
                builder.Append(c);
            }
        }

        Expect('"');
        return builder.ToString();
    }

    private string Heredoc()
    {
        _position += 2;
        var indented = Peek() == '-';
        if (indented)
        {
            _position++;
        }

        var marker = Identifier();
        var lineEnd = _text.IndexOf('\n', _position);
        if (lineEnd < 0)
        {
            throw Error("unterminated heredoc");
        }

        _position = lineEnd + 1;
        var lines = new List<string>();
        while (_position < _text.Length)
        {
            var end = _text.IndexOf('\n', _position);
            var line = end < 0 ? _text[_position..] : _text[_position..end];
            _position = end < 0 ? _text.Length : end + 1;
            if (line.Trim() == marker)
            {
                if (indented)
                {
                    var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
                    lines = [.. lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())];
                }

                return string.Concat(lines.Select(l => l + "\n"));
            }

            lines.Add(line);
        }

        throw Error($"heredoc not closed by {marker}");
    }

    private string Identifier()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '_' or '-' or '.'))
        {
            _position++;
        }

        return start == _position ? throw Error($"unexpected '{Peek()}'") : _text[start.._position];
    }

    private void SkipTrivia(bool newlines = true)
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n' && !newlines)
            {
                return;
            }

            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '#' || _text.AsSpan(_position).StartsWith("//"))
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (_text.AsSpan(_position).StartsWith("/*"))
            {
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                _position = end < 0 ? _text.Length : end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _position++;
    }

    private DemoHttpException Error(string message)
    {
        var line = 1 + _text.AsSpan(0, Math.Min(_position, _text.Length)).Count('\n');
        return new DemoHttpException(400, $"error parsing jobspec: input.hcl:{line}: {message}");
    }

    private sealed record Entry(string Name, List<string> Labels, JsonNode? Value, List<Entry>? Block);
}
