import Platform

/// A name that a list's last item ends with and every item shares: in `Số
/// vụ, số người chết, số người bị thương do tai nạn giao thông lần lượt là 6
/// vụ, 4 người, 5 người`, the accidents are the first item's figure, though
/// their name stands in the last item. The name follows `do` ("caused by"),
/// `vì` or `về` ("of") there, and names an earlier item only when that item
/// is `số` and its figure's counter alone (`Số vụ`), naming nothing else.
extension SentenceBinding {
    /// Where the figures start that `name` names through the shared tail of
    /// `list`, among `numbers`: none unless the name stands in the last item
    /// right after `do`, `vì` or `về`.
    func sharedTailFigures(of name: Range<Int>, in list: RespectiveList, among numbers: [Number]) -> [Int] {
        let bytes = folded.bytes
        guard let items = list.items(in: bytes), let last = items.last?.words,
              last.lowerBound < name.lowerBound, name.upperBound <= last.upperBound,
              Self.tailWords.contains(where: { word in
                  name.lowerBound >= word.count && bytes[(name.lowerBound - word.count)..<name.lowerBound].elementsEqual(word)
              }) else { return [] }
        return items.dropLast().compactMap { item in
            guard let number = numbers.first(where: { $0.start == item.figure }) else { return nil }
            let counter = trimmed(number.digitsEnd..<number.end)
            let words = bytes[item.words]
            return words.count == Self.countWord.count + counter.count
                && words.starts(with: Self.countWord) && words.dropFirst(Self.countWord.count).elementsEqual(bytes[counter])
                ? item.figure : nil
        }
    }

    /// `range` without the spaces around it.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, folded.bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, folded.bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// `do`, `vì` and `về` before a name, folded, each a word of its own.
    private static let tailWords = [" do ", " vi ", " ve "].map { Array($0.utf8) }
    /// `số ` before an item's counter, folded.
    private static let countWord = Array("so ".utf8)
}
