import Platform

/// The label a sentence opens with (`b) Công nghiệp - xây dựng:`, `- Thu,
/// chi ngân sách:`), which says what the sentence's bare figures are of: its
/// topics, parted by `,` and `và` (a dash joins the words of one topic), and
/// where its colon ends. A label has at most ``PhrasePattern/maxLabelWords``
/// words and nothing but spaces, `,` and `-` between them.
struct SentenceLabel {
    /// Each topic's words, as byte ranges of the folded sentence.
    let topics: [Range<Int>]
    /// Past the label's colon: where the figures it labels start.
    let end: Int

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let start = PhrasePattern.labelStart(in: bytes)
        var cursor = start, words = 0, topicStart = start
        var topics: [Range<Int>] = []
        while cursor < bytes.count, words <= PhrasePattern.maxLabelWords {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ":") {
                guard words > 0 else { return nil }
                topics.append(topicStart..<cursor)
                self.topics = topics
                end = cursor + 1
                return
            }
            if PhrasePattern.isWordByte(byte) {
                let wordStart = cursor
                while cursor < bytes.count, PhrasePattern.isWordByte(bytes[cursor]) { cursor += 1 }
                if bytes[wordStart..<cursor].elementsEqual(PhrasePattern.and) {
                    topics.append(topicStart..<wordStart)
                    topicStart = cursor
                } else {
                    words += 1
                }
                continue
            }
            guard byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") else { return nil }
            if byte == UInt8(ascii: ",") {
                topics.append(topicStart..<cursor)
                topicStart = cursor + 1
            }
            cursor += 1
        }
        return nil
    }
}
