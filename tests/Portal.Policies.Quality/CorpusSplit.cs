namespace Portal.Policies.Quality;

/// <summary>
/// Which half of the corpus the queries target. Tune on <see cref="Tune"/>; report on <see cref="HeldOut"/>,
/// whose queries the engine was not adjusted for. The half is fixed by a hash of the document's external id,
/// so it does not move when the corpus file is re-ordered. The index always holds the whole corpus.
/// </summary>
internal enum CorpusSplit
{
    Tune,
    HeldOut,
}
