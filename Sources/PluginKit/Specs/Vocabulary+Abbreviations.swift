import Platform

/// A rule's words in the short forms reports write them in: `tỷ lệ lao động
/// qua đào tạo` is also looked for as `tỷ lệ LĐ qua đào tạo`, `thu ngân sách
/// nhà nước` as `thu NSNN`. The forms are added when a spec is read, so they
/// show in docs/INDICATORS.md as every other word a rule is found by.
extension Vocabulary {
    /// `words`, then each word's forms with one of the vocabulary's abbreviations
    /// for the long words it holds, and with all of them where it holds several.
    public func abbreviating(_ words: [String]) -> [String] {
        guard !abbreviationForms.isEmpty, !words.isEmpty else { return words }
        var out = words
        var seen = Set(words.map(TextKey.init))
        for word in words {
            let scalars = word.scalarArray
            let folded = TextFolding.folded(scalars)
            var every = scalars, everyFolded = folded
            var variants: [[Unicode.Scalar]] = []
            for form in abbreviationForms {
                guard let range = Self.wholeWords(form.long, in: folded) else { continue }
                variants.append(Array(scalars[..<range.lowerBound]) + form.short + Array(scalars[range.upperBound...]))
                if let range = Self.wholeWords(form.long, in: everyFolded) {
                    every.replaceSubrange(range, with: form.short)
                    everyFolded.replaceSubrange(range, with: TextFolding.folded(form.short))
                }
            }
            if variants.count > 1 { variants.append(every) }
            for variant in variants {
                let text = String(scalars: variant)
                if seen.insert(TextKey(text)).inserted { out.append(text) }
            }
        }
        return out
    }

    /// Where `words` stand in `text` as whole words, first.
    static func wholeWords(_ words: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !words.isEmpty, words.count <= text.count else { return nil }
        for start in 0...(text.count - words.count) where text[start] == words[0] {
            let end = start + words.count
            guard text[start..<end].elementsEqual(words) else { continue }
            let before = start == 0 || !TextFolding.isLetter(text[start - 1]) && !text[start - 1].isASCIIDigit
            let after = end == text.count || !TextFolding.isLetter(text[end]) && !text[end].isASCIIDigit
            if before && after { return start..<end }
        }
        return nil
    }
}
