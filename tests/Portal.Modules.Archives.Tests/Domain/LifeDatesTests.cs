using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Tests.Domain;

public sealed class LifeDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static Dictionary<string, DateOnly?> Dates(string? birth = null, string? work = null, string? party = null, string? retirement = null, string? death = null) => new()
    {
        [LifeDates.Birth] = Parse(birth),
        [LifeDates.Work] = Parse(work),
        [LifeDates.Party] = Parse(party),
        [LifeDates.Retirement] = Parse(retirement),
        [LifeDates.Death] = Parse(death),
    };

    private static DateOnly? Parse(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Check_DatesInOrder_AndMissingOnes_PassWithoutComplaint()
    {
        Assert.Empty(LifeDates.Check(Dates("1938-05-12", "1954-09-01", "1960-07-01", "1998-06-30", "2025-03-14"), Today));
        Assert.Empty(LifeDates.Check(Dates("1938-05-12", retirement: "1998-06-30"), Today));
        Assert.Empty(LifeDates.Check(Dates(), Today));
    }

    [Fact]
    public void Check_WorkBeforeBirth_NamesBothFields()
    {
        var errors = LifeDates.Check(Dates("1955-01-01", "1950-03-01"), Today);

        var (field, message) = Assert.Single(errors);
        Assert.Equal(LifeDates.Work, field);
        Assert.Equal("参加工作时间（1950-03-01）应晚于出生时间（1955-01-01），请核对。", message);
    }

    [Fact]
    public void Check_PartyBeforeWork_AndRetirementBeforeParty_AreEachReported()
    {
        var errors = LifeDates.Check(Dates("1938-05-12", "1956-09-01", "1955-07-01", "1955-06-30"), Today);

        Assert.Equal([LifeDates.Party, LifeDates.Retirement], errors.Select(e => e.Field));
        Assert.Contains("入党时间（1955-07-01）应晚于参加工作时间（1956-09-01）", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("离退休时间（1955-06-30）应晚于参加工作时间（1956-09-01）", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeathBeforeRetirement_AndADateInTheFuture_AreRefused()
    {
        var death = LifeDates.Check(Dates("1938-05-12", retirement: "1998-06-30", death: "1997-01-01"), Today);
        Assert.Equal("去世时间（1997-01-01）应晚于离退休时间（1998-06-30），请核对。", Assert.Single(death).Message);

        var future = LifeDates.Check(Dates("1938-05-12", retirement: "2027-01-01"), Today);
        Assert.Equal("离退休时间（2027-01-01）不能晚于今天。", Assert.Single(future).Message);
    }
}
