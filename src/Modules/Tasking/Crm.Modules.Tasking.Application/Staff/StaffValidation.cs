using Crm.Modules.Tasking.Domain.Staff;
using FluentValidation;

namespace Crm.Modules.Tasking.Application.Staff;

/// <summary>Field rules every staff command shares.</summary>
internal static class StaffValidation
{
    public static IRuleBuilderOptions<T, string?> EmployeeName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(Employee.NameMaxLength);

    public static IRuleBuilderOptions<T, string?> TimeZone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(EmployeeTimeZone.IsKnown).WithMessage("Use an IANA time zone such as Europe/Lisbon.");
}
