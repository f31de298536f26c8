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
    /// change's verb alone.
    func figureNamedBySubject(before item: Range<Int>, unit: QuantityUnit, among primaries: [Int],
                              quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords,
                              sentence: Range<Int>) -> Int? {
        guard let subject = namedSubject(before: item, words: words, sharing: false) else { return nil }
        return figureNamed(by: subject, unit: unit, among: primaries, quantities: quantities, words: words, sentence: sentence)
    }

    /// The words an item names its subject with before its verb (`xuất khẩu` of `xuất khẩu tăng`): two to
    /// five, no `số`; nil where the item has no such words, or its last is no change's verb (or, with
    /// `sharing`, a share's, `ước` before it or not).
    private func namedSubject(before item: Range<Int>, words: SentenceWords, sharing: Bool) -> FoldedPhrase? {
        guard item.lowerBound < item.upperBound else { return nil }
        let lead = itemWords(words.window(item.lowerBound, item.upperBound), after: item.lowerBound, before: item.upperBound, in: words)
        guard let verb = lead.last, verb == .tang || verb == .giam || sharing && (verb == .dat || verb == .bang) else { return nil }
        var subject = lead.dropLast()
        if sharing, subject.last == .uoc { subject = subject.dropLast() }
        guard subject.count >= 2, subject.count <= 5, !subject.contains(.so) else { return nil }
        return FoldedPhrase(words: subject)
    }

    /// The one figure among `primaries` in `unit`'s measure whose own item lead or written unit holds `phrase`.
    private func figureNamed(by phrase: FoldedPhrase, unit: QuantityUnit, among primaries: [Int],
                             quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords, sentence: Range<Int>) -> Int? {
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
        // Most items are a verb alone, or name no subject before it: told apart before figures are gathered.
        guard clause.lowerBound > sentence.lowerBound, let subject = namedSubject(before: item, words: words, sharing: true)
        else { return nil }
        let earlier = (0..<index).filter {
            quantities[$0].start >= sentence.lowerBound && drafts[$0].role == .primary
        }
        guard !earlier.isEmpty else { return nil }
        return figureNamed(by: subject, unit: unit, among: earlier, quantities: quantities, words: words, sentence: sentence)
    }
}
