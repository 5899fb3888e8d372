using System.Runtime;

namespace Crm.Bench.Engine;

/// <summary>
/// What the runtime's JIT compiled in a window: methods and compile time. A window that still compiles much measures a
/// host warming up, not one in service.
/// </summary>
public readonly record struct JitSpan(long Methods, TimeSpan Time)
{
    public static JitSpan Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public JitSpan Since(JitSpan start) => new(Methods - start.Methods, Time - start.Time);

    public override string ToString() => $"{Methods:N0} methods, {Time.TotalMilliseconds:F0} ms";
}
