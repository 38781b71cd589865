using System.Net;
using System.Net.Sockets;

namespace Ballast.Tests.Vulnerabilities;

/// <summary>
/// A small HTTP server on 127.0.0.1 that serves fixed bodies by path, standing in for the
/// OSV export bucket. It answers a bounded number of requests and stops when disposed.
/// </summary>
internal sealed class LoopbackExportServer : IDisposable
{
    private const int MaximumRequests = 20;

    private readonly HttpListener listener = new();
    private readonly IReadOnlyDictionary<string, byte[]> bodies;
    private readonly Task serving;
    private readonly List<string> requested = [];

    public LoopbackExportServer(IReadOnlyDictionary<string, byte[]> bodies)
    {
        this.bodies = bodies;
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
        listener.Prefixes.Add(Address.AbsoluteUri);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public IReadOnlyList<string> Requested
    {
        get
        {
            lock (requested)
            {
                return [.. requested];
            }
        }
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        for (var i = 0; i < MaximumRequests; i++)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            lock (requested)
            {
                requested.Add(path);
            }

            if (bodies.TryGetValue(path, out var body))
            {
                context.Response.StatusCode = 200;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }
}
