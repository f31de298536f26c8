extension Collection where Element == String {
    /// The strings one after another with `separator` between them, as
    /// `joined(separator:)` gives them. That method is generic over the
    /// collection and, unspecialised in a static binary, looked up its
    /// associated types at run time on every call. Inlinable, so that this is
    /// compiled for the collection where it is called.
    @inlinable
    public func joined(by separator: String) -> String {
        guard let head = first else { return "" }
        var text = ""
        // Sized once when there are many (a table's lines), rather than grown and copied again and
        // again. (A few short strings stay small strings, with no allocation.)
        if underestimatedCount > 16 { text.reserveCapacity(reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * underestimatedCount) }
        text += head
        for element in dropFirst() {
            text += separator
            text += element
        }
        return text
    }
}
