/// Written forms (`tỷ`, `lượt khách`, `m<sup>2</sup>`) packed into one array of
/// scalars, with the forms that start with each letter listed in order, so
/// that finding the form written at an offset compares scalars in place.
/// (An array per form cost a retain and a release per comparison: the scanner
/// looks up a unit after every number. A class, so that a look-up in a
/// global table retains one object, not each of its arrays.)
final class FormTable: Sendable {
    /// Every form's scalars, one after another.
    private let scalars: [Unicode.Scalar]
    /// Where form `i` starts in `scalars`; form `i` ends where `i + 1` starts.
    private let starts: [Int]
    /// Whether form `i` matches only as written (it has capitals: `HS`, `USD`).
    private let caseSensitive: [Bool]
    /// The forms starting with each ASCII letter (lower case), in table order:
    /// those of code `c` are `asciiForms[asciiSpans[c]]` (one flat array, so
    /// that a look-up retains no inner array).
    private let asciiForms: [Int]
    private let asciiSpans: [Range<Int>]
    /// The forms starting with another letter (`đ`, `ô` …).
    private let byOtherFirst: [(scalar: Unicode.Scalar, positions: [Int])]

    /// The table of `forms`, in the order given: a look-up returns the first
    /// that matches. `exactCase` makes every form match only as written.
    init(_ forms: [[Unicode.Scalar]], exactCase: Bool = false) {
        var scalars: [Unicode.Scalar] = [], starts: [Int] = []
        for form in forms {
            starts.append(scalars.count)
            scalars += form
        }
        starts.append(scalars.count)
        self.scalars = scalars
        self.starts = starts
        caseSensitive = forms.map { exactCase || ScalarText.hasCapital($0) }
        let groups = ScalarGroups(forms.map { $0.first.map(TextFolding.lower) })
        var spans: [Range<Int>] = []
        asciiForms = groups.ascii.flatMap { $0 }
        for forms in groups.ascii { let start = spans.last?.upperBound ?? 0; spans.append(start..<(start + forms.count)) }
        asciiSpans = spans
        byOtherFirst = groups.other
    }

    /// The first form written at `index` of `text` and ending at a word
    /// boundary, and the offset after it. A form in lower case matches any
    /// case; one with capitals only itself.
    func match(in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> (form: Int, end: Int)? {
        guard index < text.count else { return nil }
        let first = TextFolding.lower(text[index])
        if first.isASCII {
            let span = asciiSpans[Int(first.value)]
            guard !span.isEmpty else { return nil }
            return asciiForms.withUnsafeBufferPointer { match(in: text, at: index, among: UnsafeBufferPointer(rebasing: $0[span])) }
        }
        guard let forms = byOtherFirst.first(where: { $0.scalar == first })?.positions else { return nil }
        return forms.withUnsafeBufferPointer { match(in: text, at: index, among: $0) }
    }

    private func match(in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int,
                       among candidates: UnsafeBufferPointer<Int>) -> (form: Int, end: Int)? {
        // The scalar after the first, as written and in lower case: most
        // candidates differ there, and are passed over without a loop.
        let secondAsWritten: Unicode.Scalar = index + 1 < text.count ? text[index + 1] : "\0"
        let secondLower = TextFolding.lower(secondAsWritten)
        return scalars.withUnsafeBufferPointer { table in
            for form in candidates {
                let start = starts[form], length = starts[form + 1] - start
                guard index + length <= text.count else { continue }
                if length > 1, table[start + 1] != (caseSensitive[form] ? secondAsWritten : secondLower) { continue }
                var offset = 0
                if caseSensitive[form] {
                    while offset < length, text[index + offset] == table[start + offset] { offset += 1 }
                } else {
                    while offset < length, TextFolding.lower(text[index + offset]) == table[start + offset] { offset += 1 }
                }
                guard offset == length else { continue }
                let end = index + length
                // A form ending in a mark (`%`, `</sup>`) needs no boundary after it.
                if !ScalarText.isWordChar(table[start + length - 1]) || end == text.count || !ScalarText.isWordChar(text[end]) {
                    return (form, end)
                }
            }
            return nil
        }
    }
}
