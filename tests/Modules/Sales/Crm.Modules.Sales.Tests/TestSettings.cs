using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Crm.Modules.Sales.Tests;

/// <summary>
/// Host settings for this test assembly, as environment variables (the shared API factory reads them): messages are
/// delivered only when a test runs the sender, the folder channel writes to a temporary folder, and e-mail goes
/// over SMTP to <see cref="SmtpPort"/>, where <see cref="Api.TinySmtpServer"/> listens when a test starts it.
/// </summary>
internal static class TestSettings
{
    public static readonly string MessageFolder = Path.Combine(Path.GetTempPath(), "crm-sales-tests-" + Guid.NewGuid().ToString("N"));

    public static int SmtpPort { get; private set; }

    /// <summary>
    /// Held by a test for as long as it relies on who listens on <see cref="SmtpPort"/>: the SQLite and PostgreSQL
    /// classes run in parallel and share the port, so one's server must not answer (or block) the other's sender.
    /// </summary>
    public static SemaphoreSlim SmtpPortInUse { get; } = new(1, 1);

    [ModuleInitializer]
    internal static void Apply()
    {
        SmtpPort = FreePort();
        Environment.SetEnvironmentVariable("Sales__Messages__Enabled", "false");
        Environment.SetEnvironmentVariable("Sales__Messages__Folder", MessageFolder);
        Environment.SetEnvironmentVariable("Sales__Messages__Adapters__Email", "Smtp");
        Environment.SetEnvironmentVariable("Sales__Messages__Smtp__Host", "127.0.0.1");
        Environment.SetEnvironmentVariable("Sales__Messages__Smtp__Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable("Sales__Messages__Smtp__Timeout", "00:00:10");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
