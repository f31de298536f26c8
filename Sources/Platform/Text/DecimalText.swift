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

/// Digits read one at a time, both parsers' way to an exact value: the first
/// 19 significant digits go into a `UInt64` mantissa; longer numbers (up to
/// ``DecimalText/maxDigits``) are left to Foundation's parser.
public struct ExactDigits {
    public private(set) var integerDigits = 0
    public private(set) var fractionDigits = 0
    private var significant = 0
    private var mantissa: UInt64 = 0

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
