using DhrLibrary.Content;

namespace DhrLibrary.Validation;

/// <summary>What the review rules check against: the loaded library and today's date.</summary>
public sealed record CheckContext(Library Library, DateOnly Today);
