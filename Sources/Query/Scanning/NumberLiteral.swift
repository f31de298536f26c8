import FoundationEssentials
import Platform

/// How the query language reads a number as typed, so that every number
/// baocao prints — in the report's style (`2.345`, `12,75`) or the
/// international one (`2,345`, `12.75`) — reads back as the same value or is
/// refused with the reason, never silently as another value.
///
/// A query writes decimals with a point and may group digits with `_`
/// (`2_345.5`). Beyond that:
/// - two or more groups of three after points (`4.500.000`, `1.234.567,8`)
///   can only be the report's style: read so;
/// - one point before exactly three digits (`2.345`) is two thousand three
///   hundred and forty-five in the report's style but two point three four five
///   in a query: refused, with both spellings;
/// - a comma between digits (`12,75`, `2,345`) is a decimal in the report's
///   style and a thousands group in the international one: refused, with the
///   spelling of each (`2.345,5` too: it may be one number or two in a call).
///   Values in a list are separated by `, ` instead.
enum NumberLiteral {
    /// A number's text read: its value, or why it was refused and what to type.
    enum Reading: Equatable {
        case value(Decimal)
        case refused(message: String, hint: String)
    }

    /// Reads `text`: digits with `_`, `.` and `,` between them (the lexer
    /// takes a `.` or `,` only when a digit follows).
    static func read(_ text: String) -> Reading {
        let plain = text.filter { $0 != "_" }
        let points = plain.count { $0 == "." }, commas = plain.count { $0 == "," }
        if commas == 0 && points <= 1 {
            if points == 1, isGroupedLikeReport(plain, groups: 1) {
                let whole = plain.filter { $0 != "." }
                return .refused(
                    message: "'\(text)' reads two ways: as the report writes numbers it is \(whole), in a query it is \(plain) (a query's decimal mark is a point)",
                    hint: "write \(whole) (or \(grouped(whole))) for the whole number, or \(plain)0 for the decimal")
            }
            return parse(plain, text)
        }
        // The report's style: groups of three after points, then perhaps a decimal comma.
        let parts = plain.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count <= 2, let integer = parts.first, !integer.contains(",") {
            let groups = integer.count { $0 == "." }
            if groups >= 2, isGroupedLikeReport(String(integer), groups: groups),
               parts.count == 1 || !parts[1].contains(".") {
                let digits = integer.filter { $0 != "." } + (parts.count == 2 ? "." + parts[1] : "")
                return parse(digits, text)
            }
        }
        guard commas > 0 else {
            return .refused(message: "'\(text)' is not a number: a decimal has one point, and the report groups digits by three",
                            hint: "for example 1.5, 1.234.567 or 1_234_567")
        }
        return .refused(message: "'\(text)': a comma between digits is a decimal in the report's style and groups thousands in the international one",
                        hint: commaHint(plain))
    }

    /// Whether `text` is digits grouped by points as the report groups them:
    /// one to three digits (not a lone zero lead), then `groups` groups of three.
    static func isGroupedLikeReport(_ text: String, groups: Int) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == groups + 1, let lead = parts.first, (1...3).contains(lead.count), lead.first != "0" else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// What to type for a number with commas between digits, by each style.
    static func commaHint(_ plain: String) -> String {
        let parts = plain.split(separator: ",", omittingEmptySubsequences: false)
        // Read the report's way: points group, the comma is the decimal mark.
        let reportReading: String? = {
            guard parts.count == 2, !parts[1].contains(".") else { return nil }
            let integer = String(parts[0]), points = integer.count { $0 == "." }
            guard points == 0 || isGroupedLikeReport(integer, groups: points) else { return nil }
            return typed(integer.filter { $0 != "." } + "." + parts[1])
        }()
        // Read the international way: commas group, a point is the decimal mark.
        let internationalReading: String? = {
            let whole = plain.split(separator: ".", omittingEmptySubsequences: false)
            guard whole.count <= 2, let integer = whole.first, whole.count == 1 || !whole[1].contains(",") else { return nil }
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard let lead = groups.first, (1...3).contains(lead.count), lead.first != "0",
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            return typed(groups.joined() + (whole.count == 2 ? "." + whole[1] : ""))
        }()
        let readings = [reportReading.map { "\($0) (read the report's way)" },
                        internationalReading.map { "\($0) (read the international way)" }].compactMap { $0 }
        let advice = readings.isEmpty ? "" : "write " + readings.joined(separator: " or ") + "; "
        guard parts.dropFirst().allSatisfy({ $0.first != "0" }) else { return String(advice.dropLast(2)) }
        return advice + "to separate values, put a space after the comma: \(plain.replacing(",", with: ", "))"
    }

    /// A plain number (`2345.5`, `2.345`) as a query can take it back: a
    /// whole part grouped with `_`, and a decimal that would read as a report's
    /// group given a fourth digit.
    static func typed(_ plain: String) -> String {
        let parts = plain.split(separator: ".", maxSplits: 1)
        guard let integer = parts.first else { return plain }
        let whole = integer.count > 4 ? grouped(String(integer)) : String(integer)
        guard parts.count == 2 else { return whole }
        let decimals = isGroupedLikeReport(plain, groups: 1) ? parts[1] + "0" : parts[1]
        return whole + "." + decimals
    }

    /// Digits with `_` every three from the right: `2345` → `2_345`.
    static func grouped(_ digits: String) -> String {
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append("_") }
            out.append(digit)
        }
        return out
    }

    private static func parse(_ digits: String, _ text: String) -> Reading {
        guard let value = DecimalText.parse(Substring(digits)) else {
            return .refused(message: "number too large: '\(text)' (at most \(DecimalText.maxDigits) significant digits are exact)",
                            hint: "a quantity's unit can carry the scale: 1.5 tỷ đồng")
        }
        return .value(value)
    }
}
