namespace Portal.Modules.Archives.Domain;

/// <summary>性别 as GB 11643 encodes it: the 17th digit odd for men, even for women.</summary>
internal enum Sex
{
    Male = 1,
    Female = 2,
}
