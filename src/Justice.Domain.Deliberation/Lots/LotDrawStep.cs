namespace Justice.Domain.Deliberation.Lots;

/// <summary>
/// <i>Étape du tirage</i>: one selection of an RFC 3797 drawing, as the RFC's table prints it: the index, the MD5
/// of the key bracketed by the index, the number of items remaining, and the position drawn among them.
/// </summary>
/// <param name="Index">The selection index, from 0 (the two bytes bracketing the key).</param>
/// <param name="Md5">The MD5 digest, 32 upper-case hexadecimal digits.</param>
/// <param name="Remaining">How many items were still in the pool.</param>
/// <param name="Position">The position drawn among the remaining items, from 1 (digest mod remaining, plus 1).</param>
/// <param name="Selected">The item selected.</param>
public sealed record LotDrawStep(int Index, string Md5, int Remaining, int Position, string Selected);
