/// Looking a value up in a collection sorted ascending, by halves: a word's
/// sentences in the word index, a verdict sentence's words.
extension RandomAccessCollection where Element: Comparable {
    /// Whether the collection, sorted ascending, holds `value`.
    @inlinable
    public func sortedContains(_ value: Element) -> Bool {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
            if self[middle] < value { low = index(after: middle) } else { high = middle }
        }
        return low < endIndex && self[low] == value
    }
}
