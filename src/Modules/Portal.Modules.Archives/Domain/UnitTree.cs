namespace Portal.Modules.Archives.Domain;

/// <summary>The units of a site as a tree: listed depth first (parents before their children, siblings by order).</summary>
internal static class UnitTree
{
    /// <summary>Every unit once with its depth (0 for top-level); a unit whose parent is missing is listed at the top.</summary>
    public static IReadOnlyList<(Unit Unit, int Depth)> Flatten(IReadOnlyCollection<Unit> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var list = new List<(Unit, int)>(units.Count);
        var seen = new HashSet<int>();
        void Walk(int? parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal))
            {
                if (seen.Add(unit.Id))
                {
                    list.Add((unit, depth));
                    Walk(unit.Id, depth + 1);
                }
            }
        }

        Walk(null, 0);
        return list;
    }

    /// <summary>True when making <paramref name="parentId"/> the parent of <paramref name="unitId"/> would put the unit under itself.</summary>
    public static bool WouldLoop(IReadOnlyCollection<Unit> units, int unitId, int? parentId)
    {
        var parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        for (var current = parentId; current is { } id; current = parents.GetValueOrDefault(id))
        {
            if (id == unitId)
            {
                return true;
            }

            if (!parents.ContainsKey(id))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The unit and all units below it, by id.</summary>
    public static IReadOnlySet<int> Subtree(IReadOnlyCollection<Unit> units, int unitId)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var found = new HashSet<int> { unitId };
        var queue = new Queue<int>([unitId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id].Where(found.Add))
            {
                queue.Enqueue(child);
            }
        }

        return found;
    }
}
