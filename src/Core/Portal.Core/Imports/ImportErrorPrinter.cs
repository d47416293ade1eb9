namespace Portal.Core.Imports;

/// <summary>How an import verb lists its refused lines: on standard error (they are errors), at most a screenful.</summary>
public static class ImportErrorPrinter
{
    public const int MaxPrinted = 200;

    public static void Print(IReadOnlyList<ImportError> errors)
    {
        foreach (var error in errors.Take(MaxPrinted))
        {
            Console.Error.WriteLine("  " + error);
        }

        if (errors.Count > MaxPrinted)
        {
            Console.Error.WriteLine($"  …另有 {errors.Count - MaxPrinted} 行出错未列出。");
        }
    }
}
