import FoundationEssentials

/// Reading and writing numbers the Vietnamese way: `.` groups thousands and
/// `,` is the decimal mark (`2.450.000`, `8,25`).
public enum VietnameseNumber {
    /// The most significant digits a value may have and stay exact.
    public static let maxDigits = 34

    /// Parses `2.450.000`, `8,25`, `12.345,67`, `03`. Returns nil for
    /// malformed grouping (`1.23.4`) or more digits than can be held exactly.
    public static func parse(_ text: Substring) -> Decimal? {
        parse(bytes: text.utf8)
    }

    /// ``parse(_:)`` of scalars, as the scanner holds the text: a scalar
    /// outside ASCII is no digit or mark, and makes the number malformed.
    static func parse(scalars: ArraySlice<Unicode.Scalar>) -> Decimal? {
        parse(bytes: ScalarText.asciiBytes(scalars))
    }

    static func parse<Bytes: Collection<UInt8>>(bytes text: Bytes) -> Decimal? {
        // One pass over the bytes: the scanner parses every number of a report,
        // and splitting and joining strings cost more than the rest of scanning.
        var number = ExactDigits()
        var groupLength = 0, groups = 1
        var sawComma = false, headLength = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                groupLength += 1
                number.append(byte, inFraction: sawComma)
            case UInt8(ascii: "."):
                guard !sawComma else { return nil }
                if groups == 1 { headLength = groupLength } else if groupLength != 3 { return nil }
                groups += 1
                groupLength = 0
            case UInt8(ascii: ","):
                guard !sawComma, number.integerDigits > 0 else { return nil }
                if groups == 1 { headLength = groupLength } else if groupLength != 3 { return nil }
                sawComma = true
                groupLength = 0
            default:
                return nil
            }
        }
        if !sawComma {
            if groups == 1 { headLength = groupLength } else if groupLength != 3 { return nil }
        }
        guard number.integerDigits > 0, !sawComma || number.fractionDigits > 0 else { return nil }
        if groups > 1 { guard (1...3).contains(headLength) else { return nil } }
        return number.value {
            let plain = text.filter { $0 != UInt8(ascii: ".") }.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
            return String(decoding: plain, as: UTF8.self)
        }
    }

    /// Parses plain `1746.5` (a `.` decimal mark, no grouping), as the query language writes numbers.
    public static func parseInternational(_ text: Substring) -> Decimal? {
        plain(text.utf8)
    }

    /// Parses `Decimal.description` (`-1746.5`): how the fact cache stores values,
    /// and how the query language rounds (Foundation's `Decimal(string:)` is slower).
    public static func parseDescription<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Decimal? {
        guard bytes.first == UInt8(ascii: "-") else { return plain(bytes) }
        return plain(bytes.dropFirst()).map { -$0 }
    }

    /// Digits with at most one `.` decimal mark and nothing else, exactly.
    static func plain<C: Collection>(_ bytes: C) -> Decimal? where C.Element == UInt8 {
        var number = ExactDigits()
        var sawMark = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !sawMark, number.integerDigits > 0 else { return nil }
                sawMark = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number.append(byte, inFraction: sawMark)
        }
        guard number.integerDigits > 0, !sawMark || number.fractionDigits > 0 else { return nil }
        return number.value { String(decoding: bytes, as: UTF8.self) }
    }

    /// Writes a value the report's way (`1.234`, `8,25`) or internationally (`1,234`, `8.25`).
    public static func format(_ value: Decimal, style: NumberStyle = .vietnamese) -> String {
        // On the bytes of the exact description (`-1234.5`): Character by
        // Character, this cost a tenth of answering a one-shot query.
        let text = Array(value.description.utf8)
        let group = style == .vietnamese ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let mark = style == .vietnamese ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? text.dropFirst() : text[...]
        let point = digits.firstIndex(of: UInt8(ascii: ".")) ?? digits.endIndex
        var written: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        written.reserveCapacity(text.count + text.count / 3 + 1)
        let integerCount = point - digits.startIndex
        if integerCount == 0 { written.append(UInt8(ascii: "0")) }
        for (offset, digit) in digits[..<point].enumerated() {
            if offset > 0 && (integerCount - offset) % 3 == 0 { written.append(group) }
            written.append(digit)
        }
        if point < digits.endIndex, point + 1 < digits.endIndex {
            written.append(mark)
            written += digits[(point + 1)...]
        }
        return String(decoding: written, as: UTF8.self)
    }
}

/// How numbers are written for people.
public enum NumberStyle: String, Sendable, CaseIterable {
    /// `1.234,5` — as the report writes them.
    case vietnamese = "vi"
    /// `1,234.5`
    case international = "en"

    var groupSeparator: Character { self == .vietnamese ? "." : "," }
    var decimalMark: Character { self == .vietnamese ? "," : "." }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Digits read one at a time, both parsers' way to an exact value: the first
/// 19 significant digits go into a `UInt64` mantissa; longer numbers (up to
/// ``VietnameseNumber/maxDigits``) are left to Foundation's parser.
struct ExactDigits {
    private(set) var integerDigits = 0
    private(set) var fractionDigits = 0
    private var significant = 0
    private var mantissa: UInt64 = 0

    /// Adds the ASCII digit `byte`, before or after the decimal mark.
    mutating func append(_ byte: UInt8, inFraction: Bool) {
        if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
        let digit = UInt64(byte - UInt8(ascii: "0"))
        if significant > 0 || digit != 0 { significant += 1 }
        if significant <= 19 { mantissa = mantissa * 10 + digit }
    }

    /// The value `mantissa × 10^-fractionDigits`, or past 19 digits Foundation's
    /// reading of `plain` (digits and a `.`); nil past ``VietnameseNumber/maxDigits``.
    func value(plain: () -> String) -> Decimal? {
        guard significant <= VietnameseNumber.maxDigits else { return nil }
        if significant <= 19 {
            return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
        }
        return Decimal(string: plain(), locale: Locale(identifier: "en_US_POSIX"))
    }
}
