extension Collection where Element == String {
    /// The strings one after another with `separator` between them, as
    /// `joined(separator:)` gives them. That method is generic over the
    /// collection and, unspecialised in a static binary, looked up its
    /// associated types at run time on every call. Inlinable, so that this is
    /// compiled for the collection where it is called.
    @inlinable
    public func joined(by separator: String) -> String {
        guard var text = first else { return "" }
        for element in dropFirst() {
            text += separator
            text += element
        }
        return text
    }
}
