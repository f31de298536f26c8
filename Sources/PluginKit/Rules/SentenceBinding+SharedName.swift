import Platform
import Facts

/// A name after a list of counts of different things, which it names each of:
/// in `có 17 doanh nghiệp, 2 hợp tác xã thành lập mới` both were founded, and
/// in `có 381 doanh nghiệp, 36 hợp tác xã và 4.600 hộ kinh doanh đang hoạt
/// động` all three operate. The list's first counts are as far from the name
/// as the words between, and one more for each item passed: a name right
/// after its own number is nearer.
extension SentenceBinding {
    /// How far `name` stands after `number` past the items of such a list:
    /// each a comma or `và` and a number of the sentence in another unit than
    /// `number`'s, at most four, then at most four words (the last item's noun:
    /// `hộ kinh doanh cá thể`); nil where the text between is anything else.
    func distanceAfterList(_ name: Range<Int>, _ number: Number, among all: [Number]) -> Int? {
        let bytes = folded.bytes
        guard name.lowerBound > number.end, case .count(_) = facts[number.index].unit.dimension else { return nil }
        var cursor = number.end, items = 0
        while items < 4 {
            cursor = skipSpaces(from: cursor)
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") {
                cursor = skipSpaces(from: cursor + 1)
                if bytes[cursor...].starts(with: Self.andWord) { cursor = skipSpaces(from: cursor + Self.andWord.count) }
            } else if bytes[cursor...].starts(with: Self.andWord) {
                cursor = skipSpaces(from: cursor + Self.andWord.count)
            } else {
                break
            }
            // `hơn 4.600 hộ`, `khoảng 3.900 hộ`: the item's number may have its approximation before it.
            guard let item = all.first(where: { $0.start >= cursor && $0.start - cursor <= 8 && $0.end < name.lowerBound }),
                  bytes[cursor..<item.start].allSatisfy({ PhrasePattern.isWordByte($0) || $0 == 0x20 }),
                  facts[item.index].unit != facts[number.index].unit, case .count(_) = facts[item.index].unit.dimension else { return nil }
            cursor = item.end
            items += 1
        }
        guard items > 0, name.lowerBound >= cursor, let words = gapWords(cursor..<name.lowerBound), words.count <= 4 else { return nil }
        return words.count + items
    }

    private func skipSpaces(from index: Int) -> Int {
        var index = index
        while index < folded.bytes.count, folded.bytes[index] == 0x20 { index += 1 }
        return index
    }

    private static let andWord = Array("va ".utf8)
}
