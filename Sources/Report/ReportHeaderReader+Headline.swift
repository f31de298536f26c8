import Platform

/// A news article on a place's report, as portals and papers publish the
/// genre's figures: no issuer, number or date line, but a headline that
/// opens on the place (`Huyện Hữu Lũng: 18/20 chỉ tiêu đạt và vượt kế
/// hoạch`, `Thành phố Lạng Sơn hoàn thành …`). Its place is the report's, so
/// that it can be set beside the others of a corpus.
extension ReportHeaderReader {
    /// The kind and name of the place the first lines of text open on: a place's
    /// kind in sentence case (`Huyện`, `Thành phố`, `TP.`, `Thị xã`, `Tỉnh`, `Quận`,
    /// `Phường`, `Xã`), then its name's words, each capitalised (up to a colon or comma), or its number;
    /// and the headline, the article's title, which names its year (`…: kinh tế năm 2026 tăng trưởng khá`).
    static func headlinePlace(in paragraphs: [Paragraph]) -> (kind: String, name: String, headline: String)? {
        for paragraph in paragraphs.lazy.filter({ $0.kind != .footnote && hasWordOrFigure($0.text) }).prefix(headlineReach) {
            let text = InlineMarkup.plainText(String(paragraph.text)).trimmingWhitespace()
            guard let first = text.unicodeScalars.first, first.properties.isUppercase else { continue }
            let words = text.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)
            for (kind, form) in headlineKinds {
                guard words.count > form.count, zip(words, form).allSatisfy({ $0.lowercased() == $1 }) else { continue }
                var name: [Substring] = []
                for word in words.dropFirst(form.count).prefix(4) {
                    guard let letter = word.unicodeScalars.first,
                          letter.properties.isUppercase || name.isEmpty && ("0"..."9").contains(letter) else { break }
                    let ends = word.hasSuffix(":") || word.hasSuffix(",")
                    name.append(ends ? word.dropLast() : word)
                    if ends { break }
                }
                guard !name.isEmpty else { break }
                let joined = name.joined(separator: " ")
                return (kind, joined.allSatisfy(\.isNumber) ? numbered(joined, kind: kind) : joined, text)
            }
        }
        return nil
    }

    /// The places' kinds a headline opens on, as its words (lower case): each kind as written, then its short forms.
    private static let headlineKinds: [(String, [String])] = PlaceKind.issuers.flatMap { kind in
        [(kind.name, kind.name.split(separator: " ").map(String.init))] + kind.abbreviations.map { (kind.name, [$0]) }
    }

    /// How many of the first paragraphs with words a headline may be.
    private static let headlineReach = 3
}
