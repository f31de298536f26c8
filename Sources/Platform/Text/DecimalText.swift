import FoundationEssentials

/// Exact decimals from plain text: `1746.5` as the query language writes
/// numbers, and `Decimal.description` as the fact cache stores them.
public enum DecimalText {
    /// The most significant digits a value may have and stay exact.
    public static let maxDigits = 34

    /// Parses plain `1746.5`: a `.` decimal mark, no grouping, as the query language writes numbers.
    public static func parse(_ text: Substring) -> Decimal? {
        plain(text.utf8)
    }

    /// Parses `Decimal.description` (`-1746.5`): how the fact cache stores values,
    /// and how the query language rounds (Foundation's `Decimal(string:)` is slower).
    @inlinable
    public static func parseDescription<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Decimal? {
        guard bytes.first == UInt8(ascii: "-") else { return plain(bytes) }
        return plain(bytes.dropFirst()).map { -$0 }
    }

    /// Digits with at most one `.` decimal mark and nothing else, exactly.
    /// (Inlinable, as ``parseDescription(_:)``: specialised for each caller's collection.)
    @inlinable
    public static func plain<C: Collection>(_ bytes: C) -> Decimal? where C.Element == UInt8 {
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
}

extension DecimalText {
    /// The `Double` nearest the value `Decimal.description` wrote (`-1746.5`),
    /// as `Double(String)` reads it: a corpus's plain numeric column. With at
    /// most 15 significant digits and 22 decimals — nearly every figure of a
    /// report — the digits and the power of ten are both exact doubles, and
    /// one division, correctly rounded, is the nearest double to their
    /// quotient (the fast path of correctly rounded parsers); any other text
    /// is left to `Double(String)`, whose parse cost a tenth of writing a fact.
    public static func double(ofDescription text: String) -> Double? {
        var number = ExactDigits(), sawMark = false, negative = false
        for (offset, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: "-"), offset == 0 { negative = true; continue }
            if byte == UInt8(ascii: "."), !sawMark { sawMark = true; continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return Double(text) }
            number.append(byte, inFraction: sawMark)
        }
        guard number.integerDigits + number.fractionDigits > 0, number.significant <= 15, number.fractionDigits <= 22
        else { return Double(text) }
        let magnitude = Double(number.mantissa) / Self.powersOfTen[number.fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// 10⁰ … 10²², each exactly a double.
    private static let powersOfTen: [Double] = (0...22).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }
}

/// Digits read one at a time, both parsers' way to an exact value: the first
/// 19 significant digits go into a `UInt64` mantissa; longer numbers (up to
/// ``DecimalText/maxDigits``) are left to Foundation's parser.
public struct ExactDigits {
    public private(set) var integerDigits = 0
    public private(set) var fractionDigits = 0
    /// The significant digits appended: from the first that is not zero.
    public private(set) var significant = 0
    /// The first 19 significant digits, as an integer.
    public private(set) var mantissa: UInt64 = 0

    /// Adds the ASCII digit `byte`, before or after the decimal mark.
    public init() {}

    public mutating func append(_ byte: UInt8, inFraction: Bool) {
        if inFraction { fractionDigits += 1 } else { integerDigits += 1 }
        let digit = UInt64(byte - UInt8(ascii: "0"))
        if significant > 0 || digit != 0 { significant += 1 }
        if significant <= 19 { mantissa = mantissa * 10 + digit }
    }

    /// The value `mantissa × 10^-fractionDigits`, or past 19 digits Foundation's
    /// reading of `plain` (digits and a `.`); nil past ``DecimalText/maxDigits``.
    public func value(plain: () -> String) -> Decimal? {
        guard significant <= DecimalText.maxDigits else { return nil }
        if significant <= 19 {
            return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(mantissa))
        }
        return Decimal(string: plain(), locale: Locale(identifier: "en_US_POSIX"))
    }
}
