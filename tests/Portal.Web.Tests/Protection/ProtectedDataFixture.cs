using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Protection;

/// <summary>A county with the health desk on, a 信息员 for one unit and two records with sealed 身份证号, phone and health note.</summary>
public abstract class ProtectedDataFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "Baiyang#2024";
    public const string Unit = "白杨县民政局";

    /// <summary>Synthetic numbers (仪征 area code, valid check characters), never a real person's.</summary>
    public const string IdNumber = "32108119400315012X";
    public const string OldIdNumber = "321081400315012";
    public const string Phone = "13851467203";
    public const string HealthNote = "冠心病支架术后第三年，每季度复查心电图。";
    public const string OtherIdNumber = "321081193503120133";
    public const string RetireePhone = "13961873425";

    public PortalFactory Factory { get; private set; } = null!;

    public string County { get; } = TestRecipes.NewName("baiyang");

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider);
        await Factory.RunRecipeAsync($$"""
            { "name": "protected", "steps": [
              { "step": "tenant", "name": "{{County}}", "displayName": "白杨县老干部工作网", "features": ["Yizheng.Healthcare"] },
              { "step": "users", "users": [
                { "userName": "clerk", "displayName": "黄丽娟", "password": "{{Password}}", "roles": ["信息员"], "units": ["{{Unit}}"] },
                { "userName": "auditor", "displayName": "孔祥云", "password": "{{Password}}", "roles": ["审计管理员"] },
                { "userName": "sysadmin", "displayName": "季明远", "password": "{{Password}}", "roles": ["系统管理员"] },
                { "userName": "shenguoliang", "displayName": "沈国梁", "password": "{{Password}}", "roles": ["离退休干部"], "phoneNumber": "{{RetireePhone}}" }
              ] },
              { "step": "healthcare", "assignments": [
                { "retireeName": "沈国梁", "unit": "{{Unit}}", "idNumber": "{{IdNumber}}", "phone": "{{Phone}}", "doctorName": "许文静", "healthNote": "{{HealthNote}}", "hospital": "白杨县人民医院" },
                { "retireeName": "顾美珍", "unit": "{{Unit}}", "idNumber": "{{OtherIdNumber}}", "phone": "0514-8346 2211", "doctorName": "许文静", "healthNote": "骨质疏松，外出需有人陪同。", "hospital": "白杨县中医院" }
              ] }
            ] }
            """);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class SqliteProtectedData() : ProtectedDataFixture(DatabaseProvider.Sqlite);

public sealed class PostgresProtectedData() : ProtectedDataFixture(DatabaseProvider.Postgres);
