import Platform

/// The plan a fraction is of, named right after it: `đã thu hồi 71,3 ha/96,2
/// ha kế hoạch`, `giải ngân 38/52 tỷ đồng KH`. Those words say what the whole
/// is, and are no exclusion of the figure, as `kế hoạch` before it would be
/// (`Kế hoạch thu hồi 215 ha`).
extension SentenceBinding {
    /// Where the plan's word right after `offset` ends (`kế hoạch`, `KH`,
    /// `chỉ tiêu`), when one stands there before `limit`; nil otherwise.
    func planNamed(after offset: Int, before limit: Int) -> Int? {
        var at = offset
        while at < limit, folded.bytes[at] == UInt8(ascii: " ") { at += 1 }
        return end(ofOneOf: Self.planWords, at: at, before: limit)
    }

    /// Where one of `words`, standing whole at byte `at`, ends before `limit`; nil where none does.
    func end(ofOneOf words: [FoldedText], at: Int, before limit: Int) -> Int? {
        for word in words where at + word.bytes.count <= limit && folded.hasPrefix(word, at: at) {
            let end = at + word.bytes.count
            if end == folded.bytes.count || !PhrasePattern.isWordByte(folded.bytes[end]) { return end }
        }
        return nil
    }

    /// The plan's words as folded: `kế hoạch`, `KH`, `chỉ tiêu`.
    static let planWords = ["ke hoach", "kh", "chi tieu"].map { FoldedText(validUTF8: Array($0.utf8)) }
}
