import Platform
import Facts

/// Counts broken down in a whole's own unit: in `hỗ trợ nhà ở cho 30 hộ (21
/// hộ nghèo, 9 hộ cận nghèo)` and `… cho 30 hộ, trong đó 21 hộ nghèo` the 21
/// are some of the 30 households helped, not the poor households there are.
extension SentenceBinding {
    /// The whole a count is a part of, where the count opens its item in the
    /// whole's breakdown: right after the bracket that follows the whole, after
    /// `trong đó` following it, or after the comma that follows an earlier
    /// such part; the whole counts in the same unit. Nil for any other number.
    /// A part named before its number (`(xuất khẩu 300 triệu USD, …)`) says
    /// what it is itself and is no such part.
    func wholeCounted(by number: Number, among all: [Number]) -> Number? {
        guard case .count = facts[number.index].unit.dimension, let opener = itemOpener(before: number.start) else { return nil }
        let bytes = folded.bytes
        let before = all.last { $0.end <= opener }
        guard let before, facts[before.index].unit == facts[number.index].unit,
              !bytes[before.end..<opener].contains(UInt8(ascii: ")")) else { return nil }
        if bytes[opener] == UInt8(ascii: ",") {
            // After an earlier part of the same bracket or `trong đó`, the whole is that part's; right after the
            // whole itself, only with `trong đó`.
            if let whole = wholeCounted(by: before, among: all) { return whole }
            guard opensOnPart(opener + 1, before: number.start) else { return nil }
        }
        return bytes[before.end..<opener].allSatisfy({ $0 == 0x20 }) ? before : nil
    }

    /// Where the item holding the number at `start` opens: the `(` or `,`
    /// before it, past spaces, a colon and `trong đó`; nil where other words stand between.
    private func itemOpener(before start: Int) -> Int? {
        let bytes = folded.bytes
        var index = start
        func skipSpaces() { while index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == UInt8(ascii: ":") { index -= 1 } }
        skipSpaces()
        if index >= 8, bytes[(index - 8)..<index].elementsEqual(Self.trongDoWords),
           index == 8 || !PhrasePattern.isWordByte(bytes[index - 9]) { index -= 8; skipSpaces() }
        guard index > 0, bytes[index - 1] == UInt8(ascii: "(") || bytes[index - 1] == UInt8(ascii: ",") else { return nil }
        return index - 1
    }

    private static let trongDoWords = Array("trong do".utf8)
}
