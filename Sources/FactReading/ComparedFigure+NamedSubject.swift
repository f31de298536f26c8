import Platform
import Facts

/// A change that names what changed before its verb, in its own item:
/// `Xuất khẩu đạt 52 triệu USD, nhập khẩu 31 triệu USD; so với năm trước,
/// xuất khẩu tăng 9,2%, nhập khẩu giảm 4,1%`. Each change is of the figure
/// its words name, not of the nearest one.
extension QualifierReader {
    /// The one figure among `primaries` that the words between the item's
    /// start and the change's verb name (at least two words, `xuất khẩu`,
    /// `khách quốc tế`): the figure whose own item leads to it with those
    /// words (`Xuất khẩu đạt 52 triệu USD`), or whose written unit and the
    /// words after it hold them (`9.600 lượt khách quốc tế`). Nil where no
    /// figure, or more than one, is so named, and where the item is the
    /// change's verb alone. With `sharing`, the verb may be a share's (`đạt`,
    /// `bằng`, after `ước` or not) as well as a change's.
    func figureNamedBySubject(before item: Range<Int>, unit: QuantityUnit, among primaries: [Int],
                              quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords,
                              sentence: Range<Int>, sharing: Bool = false) -> Int? {
        guard item.lowerBound < item.upperBound else { return nil }
        let lead = itemWords(words.window(item.lowerBound, item.upperBound), after: item.lowerBound, before: item.upperBound, in: words)
        guard let verb = lead.last, verb == .tang || verb == .giam || sharing && (verb == .dat || verb == .bang) else { return nil }
        var subject = lead.dropLast()
        if sharing, subject.last == .uoc { subject = subject.dropLast() }
        guard subject.count >= 2, subject.count <= 5, !subject.contains(.so) else { return nil }
        let phrase = FoldedPhrase(words: subject)
        var named: Int?
        for candidate in primaries where Self.canCompare(quantities[candidate].unit, with: unit) {
            let end = quantities[candidate].end
            let following = candidate + 1 < quantities.count ? quantities[candidate + 1].start : nil
            let written = words.window(quantities[candidate].start, tailEnd(after: end, sentence: sentence, next: following))
            guard phrase.occurs(in: written)
                    || phrase.occurs(in: ownItemLead(of: candidate, quantities: quantities, words: words, sentence: sentence))
            else { continue }
            if named != nil { return nil }
            named = candidate
        }
        return named
    }
}

extension QualifierReader {
    /// The figure of an earlier clause of the sentence that a share or change
    /// says its subject again for: in `Tổng thu ngân sách ước đạt 58 tỷ đồng;
    /// chi ngân sách địa phương ước đạt 51 tỷ đồng; thu ngân sách đạt 105% dự
    /// toán, chi ngân sách đạt 92% dự toán`, each share is of the figure its
    /// words name, though a `;` closed the clauses those figures stand in.
    /// Among the sentence's primaries before it, its own clause's too, as
    /// ``figureNamedBySubject`` names one; nil in a sentence's first clause,
    /// and where none or several are so named.
    func figureRestatedBySubject(before item: Range<Int>, unit: QuantityUnit, clause: Range<Int>, at index: Int,
                                 quantities: UnsafeBufferPointer<ScannedQuantity>, drafts: [Draft],
                                 words: SentenceWords, sentence: Range<Int>) -> Int? {
        guard clause.lowerBound > sentence.lowerBound, item.lowerBound < item.upperBound else { return nil }
        // Most items are a verb alone, or have no verb of a change or share last: told apart before figures are gathered.
        let lead = itemWords(words.window(item.lowerBound, item.upperBound), after: item.lowerBound, before: item.upperBound, in: words)
        guard lead.count >= 3, let verb = lead.last, verb == .tang || verb == .giam || verb == .dat || verb == .bang else { return nil }
        let earlier = (0..<index).filter {
            quantities[$0].start >= sentence.lowerBound && drafts[$0].role == .primary
        }
        guard !earlier.isEmpty else { return nil }
        return figureNamedBySubject(before: item, unit: unit, among: earlier, quantities: quantities, words: words,
                                    sentence: sentence, sharing: true)
    }
}
