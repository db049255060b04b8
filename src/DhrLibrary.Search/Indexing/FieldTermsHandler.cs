namespace DhrLibrary.Search;

/// <summary>
/// Told the terms of one field of one document as <see cref="Builder"/> made them, in text order with the stop words
/// left out: term numbers (<see cref="Builder.Terms"/> names them), <paramref name="document"/> the document's number
/// in the order added. For what needs the terms' order, which the index does not keep (e.g. pairs of neighbouring
/// terms), without tokenizing and stemming every text a second time.
/// </summary>
public delegate void FieldTermsHandler(int document, ReadOnlySpan<int> terms);
