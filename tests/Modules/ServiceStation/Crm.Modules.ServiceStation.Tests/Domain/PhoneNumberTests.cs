using Crm.Modules.ServiceStation.Domain.Phones;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Domain;

/// <summary>E.164 normalisation: one caller, however the number was written; not a number, no match.</summary>
public sealed class PhoneNumberTests
{
    private static readonly PhoneRegion Russia = PhoneRegion.Default;
    private static readonly PhoneRegion Portugal = new("351", null, 9);
    private static readonly PhoneRegion Germany = new("49", "0", null);

    [Theory]
    [InlineData("+7 916 123-45-67")]
    [InlineData("8 (916) 123-45-67")]
    [InlineData("89161234567")]
    [InlineData("79161234567")]
    [InlineData("0079161234567")]
    [InlineData("9161234567")]
    [InlineData(" +7.916.123.45.67 ")]
    public void Every_writing_of_a_Russian_number_is_one_E164_number(string written) =>
        Assert.Equal("+79161234567", PhoneNumber.ToE164(written, Russia));

    [Theory]
    [InlineData("+351 912 345 678", "+351912345678")]
    [InlineData("912 345 678", "+351912345678")]
    [InlineData("00351912345678", "+351912345678")]
    [InlineData("+7 916 123 45 67", "+79161234567")]
    public void A_region_without_a_trunk_prefix_adds_its_country_code(string written, string expected) =>
        Assert.Equal(expected, PhoneNumber.ToE164(written, Portugal));

    [Theory]
    [InlineData("030 1234567", "+49301234567")]
    [InlineData("0171 2345678", "+491712345678")]
    [InlineData("301234567", "+49301234567")]
    public void A_region_of_several_lengths_drops_the_trunk_prefix(string written, string expected) =>
        Assert.Equal(expected, PhoneNumber.ToE164(written, Germany));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("call me")]
    [InlineData("+7 916 abc")]
    [InlineData("12345")]
    [InlineData("+1234567890123456")]
    [InlineData("+0 916 123 45 67")]
    [InlineData("916123456")]
    [InlineData("++79161234567")]
    public void What_is_not_a_phone_number_has_no_E164_form(string? written) =>
        Assert.Null(PhoneNumber.ToE164(written, Russia));
}
