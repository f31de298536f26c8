import FoundationEssentials
import Platform
import Report
import Facts

/// Reading and writing numbers the Vietnamese way: `.` groups thousands and
/// `,` is the decimal mark (`2.450.000`, `8,25`); a lone `.` before one or
/// two digits, which can group no thousands, is read as a decimal mark (`2.15%`).
public enum VietnameseNumber {
    /// Parses `2.450.000`, `8,25`, `12.345,67`, `03`, `2.15`. Returns nil for
    /// malformed grouping (`1.23.4`) or more digits than can be held exactly.
    public static func parse(_ text: Substring) -> Decimal? {
        parse(bytes: text.utf8)
    }

    /// ``parse(_:)`` of scalars, as the scanner holds the text: a scalar
    /// outside ASCII is no digit or mark, and makes the number malformed.
    static func parse(scalars: ArraySlice<Unicode.Scalar>) -> Decimal? {
        parse(bytes: ScalarText.asciiBytes(scalars))
    }

    // Inlined into its two callers: called apart, the scanner's call went through the
    // lazy byte view generically, a tenth of scanning the report's numbers.
    @inline(__always)
    static func parse<Bytes: Collection<UInt8>>(bytes text: Bytes) -> Decimal? {
        // One pass over the bytes: the scanner parses every number of a report,
        // and splitting and joining strings would cost more than the rest of scanning.
        var number = ExactDigits()
        var groupLength = 0, groups = 1
        var sawComma = false, sawSpace = false, headLength = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                groupLength += 1
                number.append(byte, inFraction: sawComma)
            case UInt8(ascii: "."), UInt8(ascii: " "):
                // A space groups thousands as a dot does (`1 250`); the scanner parts no other number so.
                guard !sawComma else { return nil }
                if byte == UInt8(ascii: " ") { sawSpace = true }
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
        if !sawComma, !sawSpace, groups == 2, (1...2).contains(groupLength), number.integerDigits > groupLength {
            // `2.15%`, `1.2 triệu`: one dot before one or two digits groups no thousands; typed
            // as an English keyboard writes decimals, it is the decimal mark.
            return decimal(number, places: groupLength)
        }
        if !sawComma {
            if groups == 1 { headLength = groupLength } else if groupLength != 3 { return nil }
        }
        guard number.integerDigits > 0, !sawComma || number.fractionDigits > 0 else { return nil }
        if groups > 1 { guard (1...3).contains(headLength) else { return nil } }
        return number.value {
            let plain = text.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: " ") }.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
            return String(decoding: plain, as: UTF8.self)
        }
    }

    /// `245,600`, `1,234,567`: commas grouping thousands, as an English keyboard
    /// writes them (one to three digits, then groups of three), read as the
    /// whole number; nil for any other shape. Two commas or more can only
    /// group thousands; a single one is a decimal mark in the genre too
    /// (`1,250 ha`), so the scanner takes it so only where the unit counts whole things.
    /// A point after the groups (`1,234.5`, as a spreadsheet's English format
    /// writes it) is the decimal mark: no Vietnamese number has a comma before a point.
    static func commaGrouped(scalars: ArraySlice<Unicode.Scalar>) -> Decimal? {
        // (Asked of every count's digits: most hold no comma, and are refused before any arithmetic.)
        guard scalars.count >= 5, scalars.count <= 19, scalars.contains(",") else { return nil }
        var whole = 0, run = 0, groups = 0, places: Int?
        for scalar in scalars {
            if scalar == ",", places == nil {
                guard run >= 1, groups == 0 ? run <= 3 : run == 3 else { return nil }
                groups += 1
                run = 0
            } else if scalar == ".", places == nil {
                guard groups > 0, run == 3 else { return nil }
                places = 0
            } else if ScalarText.isDigit(scalar) {
                whole = whole * 10 + Int(scalar.value - 48)
                if let counted = places { places = counted + 1 } else { run += 1 }
            } else {
                return nil
            }
        }
        if let places {
            return places > 0 ? Decimal(sign: .plus, exponent: -places, significand: Decimal(whole)) : nil
        }
        return groups > 0 && run == 3 ? Decimal(whole) : nil
    }

    /// `digits` read as a whole number, moved `places` to the right of the
    /// decimal mark; nil past 19 digits, which no such figure has.
    private static func decimal(_ digits: ExactDigits, places: Int) -> Decimal? {
        digits.value { "" }.map { Decimal(sign: .plus, exponent: -places, significand: $0) }
    }
}
