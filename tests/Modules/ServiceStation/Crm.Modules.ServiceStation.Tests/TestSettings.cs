using System.Runtime.CompilerServices;

namespace Crm.Modules.ServiceStation.Tests;

/// <summary>Host settings for this test assembly, as environment variables (the shared API factory reads them).</summary>
internal static class TestSettings
{
    public const string TelephonySecret = "test-telephony-secret-0123456789";
    public const int WebFormsPerMinute = 3;

    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("ServiceStation__Telephony__Secret", TelephonySecret);
        Environment.SetEnvironmentVariable("ServiceStation__Maintenance__Enabled", "false"); // tests run the check by hand, on the test clock
        Environment.SetEnvironmentVariable("ServiceStation__WebForm__PermitsPerMinute", WebFormsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
