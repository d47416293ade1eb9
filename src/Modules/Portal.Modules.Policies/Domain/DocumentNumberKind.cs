namespace Portal.Modules.Policies.Domain;

/// <summary>The three shapes of 发文字号 seen in practice.</summary>
internal enum DocumentNumberKind
{
    /// <summary>机关代字〔年份〕序号号, e.g. 中办发〔2016〕3号 (GB/T 9704-2012).</summary>
    Standard,

    /// <summary>Decrees keep 第: 国务院令第711号.</summary>
    Decree,

    /// <summary>Announcements: 国家税务总局公告2017年第5号.</summary>
    Announcement,
}
