namespace Portal.Policies.Quality;

internal sealed record EvalQuery(QueryKind Kind, string Text, long TargetId);
