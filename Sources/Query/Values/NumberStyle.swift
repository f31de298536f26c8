import FoundationEssentials
import Platform
import Facts

/// How numbers are written for people.
public enum NumberStyle: String, Sendable, CaseIterable {
    /// `1.234,5` — as the report writes them.
    case vietnamese = "vi"
    /// `1,234.5`
    case international = "en"

    /// Writes a value the report's way (`1.234`, `8,25`) or internationally (`1,234`, `8.25`).
    public func format(_ value: Decimal) -> String {
        // On the bytes of the exact description (`-1234.5`), not Character by Character.
        let text = Array(DecimalDescription.of(value).utf8)
        let group = self == .vietnamese ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let mark = self == .vietnamese ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? text.dropFirst() : text[...]
        let point = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.endIndex
        var written: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        written.reserveCapacity(text.count + text.count / 3 + 1)
        let integerCount = point - digits.startIndex
        if integerCount == 0 { written.append(UInt8(ascii: "0")) }
        for index in digits.startIndex..<point {
            let offset = index - digits.startIndex
            if offset > 0 && (integerCount - offset) % 3 == 0 { written.append(group) }
            written.append(digits[index])
        }
        if point < digits.endIndex, point + 1 < digits.endIndex {
            written.append(mark)
            written += digits[(point + 1)...]
        }
        return String(decoding: written, as: UTF8.self)
    }
}
