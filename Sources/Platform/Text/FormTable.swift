/// Written forms (`tỷ`, `lượt khách`, `m<sup>2</sup>`) packed into one array of
/// scalars, with the forms that start with each letter listed in order, so
/// that finding the form written at an offset compares scalars in place.
/// (Not an array per form, which would be retained and released at each
/// comparison: the scanner looks up a unit after every number. A class, so
/// that a look-up in a global table retains one object, not each of its arrays.)
public final class FormTable: Sendable {
    /// The forms' scalars.
    private let forms: PackedScalars
    /// What a look-up tests of each form before comparing it, in one record
    /// a form: a candidate is mostly passed over on its second scalar, read
    /// here rather than from the packed scalars through two arrays of bounds.
    private struct Entry {
        /// Where the form stands in the packed scalars, and its length.
        var start: Int32, length: Int32
        /// Whether the form matches only as written (it has capitals: `HS`, `USD`).
        var caseSensitive: Bool
        /// The form's second scalar, as the text's is compared with it (nul for a one-scalar form).
        var second: Unicode.Scalar
    }
    private let entries: [Entry]
    /// The forms by their first letter (lower case), in table order.
    private let byFirst: ScalarGroups

    /// The table of `forms`, in the order given: a look-up returns the first
    /// that matches. `exactCase` makes every form match only as written.
    public init(_ forms: [[Unicode.Scalar]], exactCase: Bool = false) {
        let packed = PackedScalars(forms)
        self.forms = packed
        entries = forms.indices.map { index in
            let range = packed.range(of: index)
            return Entry(start: Int32(range.lowerBound), length: Int32(range.count),
                         caseSensitive: exactCase || forms[index].contains(where: TextFolding.isUppercase),
                         second: forms[index].count > 1 ? forms[index][1] : "\0")
        }
        byFirst = ScalarGroups(forms.map { $0.first.map(TextFolding.lower) })
    }

    /// The first form written at `index` of `text` and ending at a word
    /// boundary, and the offset after it. A form in lower case matches any
    /// case; one with capitals only itself.
    public func match(in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> (form: Int, end: Int)? {
        guard index < text.count else { return nil }
        return byFirst.withPositions(of: TextFolding.lower(text[index])) { match(in: text, at: index, among: $0) }
    }

    private func match(in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int,
                       among candidates: UnsafeBufferPointer<Int>) -> (form: Int, end: Int)? {
        // The scalar after the first, as written and in lower case: most
        // candidates differ there, and are passed over without a loop.
        let secondAsWritten: Unicode.Scalar = index + 1 < text.count ? text[index + 1] : "\0"
        let secondLower = TextFolding.lower(secondAsWritten)
        return forms.scalars.withUnsafeBufferPointer { table in
          entries.withUnsafeBufferPointer { entries in
            for form in candidates {
                let entry = entries[form]
                let start = Int(entry.start), length = Int(entry.length)
                guard index + length <= text.count else { continue }
                if length > 1, entry.second != (entry.caseSensitive ? secondAsWritten : secondLower) { continue }
                var offset = 0
                if entry.caseSensitive {
                    while offset < length, text[index + offset] == table[start + offset] { offset += 1 }
                } else {
                    while offset < length, TextFolding.lower(text[index + offset]) == table[start + offset] { offset += 1 }
                }
                guard offset == length else { continue }
                let end = index + length
                // A form ending in a mark (`%`, `</sup>`) needs no boundary after it.
                if !Self.isWordScalar(table[start + length - 1]) || end == text.count || !Self.isWordScalar(text[end]) {
                    return (form, end)
                }
            }
            return nil
          }
        }
    }

    /// A letter or an ASCII digit: what a form must not run on into.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        TextFolding.isLetter(scalar) || (scalar.value >= 48 && scalar.value <= 57)
    }
}
