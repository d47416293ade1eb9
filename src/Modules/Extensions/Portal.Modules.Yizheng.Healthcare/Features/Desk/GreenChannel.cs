namespace Portal.Modules.Yizheng.Healthcare.Features.Desk;

/// <summary>A hospital's green channel as the public desk lists it: work contacts only, no personal data.</summary>
internal sealed record GreenChannel(string Hospital, string Contact, string Phone);
