namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>What a publish request did: shown at once, or left for the scheduler.</summary>
internal enum PublishOutcome
{
    Published,
    Scheduled,
}
