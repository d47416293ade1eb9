namespace Portal.Policies.Quality;

internal enum QueryKind
{
    Title,
    DocNumber,
    Phrase,
    PhraseTypo,
    PhraseNoise,
    TwoWords,
    Topic,
    SpokenNumber,
    QuestionTitle,
    TwoTypos,
    DroppedCharacter,
}
