namespace Portal.Modules.Archives.Domain;

/// <summary>The kinds of field a form may have, as the JSON definitions write them.</summary>
internal static class FieldTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Date = "date";
    public const string Choice = "choice";
    public const string IdNumber = "idNumber";
    public const string Phone = "phone";
    public const string Address = "address";
    public const string File = "file";

    public static readonly IReadOnlyList<string> All = [Text, Number, Date, Choice, IdNumber, Phone, Address, File];

    public static string Label(string type) => type switch
    {
        Text => "文本",
        Number => "数字",
        Date => "日期",
        Choice => "选择",
        IdNumber => "身份证号",
        Phone => "电话",
        Address => "地址",
        File => "文件",
        _ => type,
    };

    /// <summary>Sensitive personal information by its nature (PIPL): always sealed, whatever the definition says.</summary>
    public static bool AlwaysSensitive(string type) => type is IdNumber or Phone or Address;
}
