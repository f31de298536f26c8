import Platform

/// Names that a list's later items hold only in part, the first item's head
/// understood: in `Đàn trâu, bò, lợn lần lượt có 4.210 con, 7.860 con và
/// 31.400 con`, `đàn bò` and `đàn lợn`; in `tốt nghiệp THCS và THPT lần lượt
/// đạt …`, `tốt nghiệp THPT`; in `Tỷ lệ thu gom, xử lý chất thải rắn ở đô
/// thị, nông thôn lần lượt đạt …`, `ở nông thôn` (the first item that takes a
/// figure gives the head, past those a head the list shares).
extension SentenceBinding {
    /// The later items of `list` that one of the rule's names stands for, its
    /// head taken from the first item that takes a figure: each item's words
    /// and where its figure starts. A name is a head and the item (`đàn` and
    /// `bò`), and the head stands in that first item followed by as many words
    /// as the item has, which it stands in for (`trâu`): in `Kim ngạch xuất
    /// khẩu, nhập khẩu` the head is `kim ngạch`, and `xuất nhập khẩu` is no
    /// name of the second.
    func elidedItems(in list: RespectiveList) -> [(words: Range<Int>, figure: Int)] {
        let bytes = folded.bytes
        let items = list.pairedItems
        guard let first = items.first?.words else { return [] }
        let firstWords = Array(bytes[first])
        var found: [(words: Range<Int>, figure: Int)] = []
        for (words, figure) in items.dropFirst() where !words.isEmpty {
            let item = bytes[words]
            let itemWords = Self.wordCount(item)
            // The item's marks, which the name's last words must have: folded, `sắn` is `sàn`.
            let marks = writtenScalars(at: words).map(ToneMarks.signature)
            let named = rule.names.indices.contains { index in
                let name = rule.names[index]
                guard name.lead == nil, name.pieces.count == 1 else { return false }
                let piece = name.pieces[0]
                guard piece.count > item.count + 1, piece.suffix(item.count).elementsEqual(item),
                      piece[piece.count - item.count - 1] == 0x20 else { return false }
                let head = Array(piece.prefix(piece.count - item.count - 1))
                guard PhrasePattern.wordOccurrences(of: head, in: firstWords).contains(where: { at in
                    Self.wordCount(firstWords[(at + head.count)...]) == itemWords
                }) else { return false }
                // (Each pattern is made from the name of the same place, none being empty.)
                guard let marks, rule.names.count == rule.rule.names.count else { return true }
                return ToneMarks.signature(of: rule.rule.names[index].unicodeScalars).suffix(marks.count).elementsEqual(marks)
            }
            if named { found.append((words, figure)) }
        }
        return found
    }
}
