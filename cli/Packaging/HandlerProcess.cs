using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Alerts.Cli.DevServices;

namespace Alerts.Cli.Packaging;

/// <summary>
/// Runs a packaged handler the way the Functions host does: the executable named in host.json, started in
/// the package root with FUNCTIONS_CUSTOMHANDLER_PORT set, invoked by POST /&lt;FunctionName&gt;.
/// </summary>
public sealed class HandlerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public int Port { get; }
    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };

    private HandlerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        Client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the handler; the clock a caller reads should start before this call.</summary>
    public static HandlerProcess Start(string packageRoot, string executable, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(packageRoot, executable))
        {
            WorkingDirectory = packageRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The handler refuses to start without its settings. These throwaway local values live in the
        // launcher's environment, never in the package; the caller may override any of them.
        var defaults = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Tokens__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Secrets__ProtectionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__From"] = "alerts@localhost.invalid",
        };
        foreach (var (key, value) in defaults.Concat(settings ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var handler = new HandlerProcess(process, port);
        process.OutputDataReceived += (_, e) => handler.Append(e.Data);
        process.ErrorDataReceived += (_, e) => handler.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return handler;
    }

    /// <summary>
    /// The invocation body the host sends for an HTTP-triggered function when request forwarding is off.
    /// </summary>
    public static StringContent InvocationBody(string functionName)
    {
        var body = new JsonObject
        {
            ["Data"] = new JsonObject
            {
                ["req"] = new JsonObject
                {
                    ["Url"] = $"http://localhost/api/{functionName}",
                    ["Method"] = "GET",
                    ["Query"] = new JsonObject(),
                    ["Headers"] = new JsonObject(),
                    ["Params"] = new JsonObject(),
                },
            },
            ["Metadata"] = new JsonObject
            {
                ["sys"] = new JsonObject
                {
                    ["MethodName"] = functionName,
                    ["UtcNow"] = DateTime.UtcNow.ToString("O"),
                    ["RandGuid"] = Guid.NewGuid().ToString(),
                },
            },
        };
        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    /// <summary>Invokes a function, retrying while the port refuses connections; null when it never answered.</summary>
    public async Task<HttpResponseMessage?> InvokeWhenReady(string functionName, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !_process.HasExited)
        {
            // Wait for the port with bare connects every millisecond, as the host waits for the handler's port: a
            // refused HTTP request costs the launcher far more than a refused connect, and would be timed as start-up.
            if (!LoopbackPorts.IsListening(Port))
            {
                Thread.Sleep(1);
                continue;
            }
            try
            {
                return await Client.PostAsync("/" + functionName, InvocationBody(functionName), ct);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(2, ct);
            }
        }
        return null;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process.Dispose();
        Client.Dispose();
    }
}
