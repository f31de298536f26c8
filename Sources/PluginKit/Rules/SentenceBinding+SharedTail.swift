import Platform

/// Words that a list's last item ends with and every item shares, two ways:
///
/// - a name the last item ends with after `do` ("caused by"), `vì` or `về`
///   ("of"): in `Số vụ, số người chết, số người bị thương do tai nạn giao
///   thông lần lượt là 6 vụ, 4 người, 5 người`, the accidents are the first
///   item's figure, though their name stands in the last item. It names an
///   earlier item only when that item is `số` and its figure's counter alone
///   (`Số vụ`), naming nothing else;
/// - a name that is an earlier item and the last item's tail: in `Diện tích,
///   năng suất, sản lượng lúa lần lượt đạt …`, `diện tích lúa` is the first
///   item, `lúa` understood from the last, as `Đàn trâu, bò` leaves out the
///   first item's head from the later ones (``elidedItems(in:)``).
extension SentenceBinding {
    /// Where the figure starts that `name` names through the shared tail of
    /// `list`, among `numbers`: the first item's that is `số` and the
    /// figure's counter; nil unless the name stands in the last item right
    /// after `do`, `vì` or `về`.
    func sharedTailFigure(of name: Range<Int>, in list: RespectiveList, among numbers: [Number]) -> Int? {
        let bytes = folded.bytes
        let items = list.pairedItems
        guard let last = items.last?.words,
              last.lowerBound < name.lowerBound, name.upperBound <= last.upperBound,
              Self.tailWords.contains(where: { word in
                  name.lowerBound >= word.count && bytes[(name.lowerBound - word.count)..<name.lowerBound].elementsEqual(word)
              }) else { return nil }
        return items.dropLast().first { item in
            guard let number = numbers.first(where: { $0.start == item.figure }) else { return false }
            let counter = bytes.withUnsafeBufferPointer { $0.trimmingSpaces(number.digitsEnd..<number.end) }
            let words = bytes[item.words]
            return words.count == Self.countWord.count + counter.count
                && words.starts(with: Self.countWord) && words.dropFirst(Self.countWord.count).elementsEqual(bytes[counter])
        }?.figure
    }

    /// `do`, `vì` and `về` before a name, folded, each a word of its own.
    private static let tailWords = [" do ", " vi ", " ve "].map { Array($0.utf8) }
    /// `số ` before an item's counter, folded.
    private static let countWord = Array("so ".utf8)

    /// The items before the last of `list` that one of the rule's names stands
    /// for with the last item's tail: each item's words, where its figure
    /// starts and where the tail stands. A name is the item's words, written
    /// with their marks, or its last two words or more (past the count's `số`
    /// or a lead-in: `Phấn đấu diện tích, …`), and then words the last item
    /// holds after a word of its own (`lúa` of `sản lượng lúa`).
    func itemsSharingTail(in list: RespectiveList) -> [(words: Range<Int>, figure: Int, tail: Range<Int>)] {
        let bytes = folded.bytes
        let items = list.pairedItems
        guard let last = items.last?.words, items.count >= 2 else { return [] }
        // The last item's words, copied out only where a name opens with an earlier item: few rules have one.
        var lastWords: [UInt8]?
        var found: [(words: Range<Int>, figure: Int, tail: Range<Int>)] = []
        for (listed, figure) in items.dropLast() where !listed.isEmpty {
            var start = listed.lowerBound
            while true {
                let words = start..<listed.upperBound
                if let tail = sharedTail(openedBy: words, last: last, lastWords: &lastWords) {
                    found.append((words, figure, tail))
                    break
                }
                // The next word, with another after it, or any after the count's `số` (`Số hộ, số khẩu nghèo`).
                guard let space = bytes[words].firstIndex(of: 0x20) else { break }
                let afterCount = start == listed.lowerBound && bytes[words].starts(with: Self.countWord)
                start = space + 1
                while start < listed.upperBound, bytes[start] == 0x20 { start += 1 }
                guard afterCount && start < listed.upperBound || bytes[start..<listed.upperBound].contains(0x20) else { break }
            }
        }
        return found
    }

    /// Where the tail stands, to the last item's end, that ends a name of the rule `words` open;
    /// nil where none does.
    private func sharedTail(openedBy words: Range<Int>, last: Range<Int>, lastWords: inout [UInt8]?) -> Range<Int>? {
        let bytes = folded.bytes, item = bytes[words]
        var marks: [UInt8]??
        for index in rule.names.indices {
            let name = rule.names[index]
            guard name.lead == nil, name.pieces.count == 1 else { continue }
            let piece = name.pieces[0]
            guard piece.count > item.count + 1, piece.prefix(item.count).elementsEqual(item),
                  piece[item.count] == 0x20 else { continue }
            let rest = Array(piece[(item.count + 1)...])
            if lastWords == nil { lastWords = Array(bytes[last]) }
            guard let at = PhrasePattern.wordOccurrences(of: rest, in: lastWords ?? []).first(where: { $0 > 0 }) else { continue }
            let tail = (last.lowerBound + at)..<(last.lowerBound + at + rest.count)
            // The item's marks and the tail's, which the name's words must have: folded, `sản` is `sàn`.
            // (Each pattern is made from the name of the same place, none being empty.)
            if marks == nil { marks = .some(writtenScalars(at: words).map(ToneMarks.signature)) }
            if let written = marks ?? nil, rule.names.count == rule.rule.names.count {
                let named = ToneMarks.signature(of: rule.rule.names[index].unicodeScalars)
                guard named.prefix(written.count).elementsEqual(written) else { continue }
                if let tailMarks = writtenScalars(at: tail).map(ToneMarks.signature),
                   !named.suffix(tailMarks.count).elementsEqual(tailMarks) { continue }
            }
            return tail.lowerBound..<last.upperBound
        }
        return nil
    }
}
