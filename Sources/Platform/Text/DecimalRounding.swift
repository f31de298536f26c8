import FoundationEssentials

// Rounding and whole-number tests on exact decimals, done on their digits.
// FoundationEssentials' Decimal has no public rounding (NSDecimalRound and
// NSDecimalNumber belong to the rest of Foundation, which would link ICU into
// baocao), and going through Double would lose the exactness the language
// promises.

extension Decimal {
    /// The value rounded to `places` decimal places — a negative count rounds
    /// to tens, hundreds, … — halves away from zero (`round(2.5)` is 3).
    public func rounded(places: Int) -> Decimal {
        // Already no finer than the places asked for: nothing to round.
        if isZero || exponent >= -places { return self }
        var magnitude = Substring(description)  // plain digits, never an exponent
        let negative = magnitude.hasPrefix("-")
        if negative { magnitude = magnitude.dropFirst() }
        let parts = magnitude.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Array(parts[0].utf8), fraction = parts.count > 1 ? Array(parts[1].utf8) : []
        let digits = whole + fraction
        // How many leading digits stay: those down to the 10^-places column.
        let kept = whole.count + places
        guard kept < digits.count else { return self }
        guard kept >= 0 else { return 0 }
        var result = Array(digits[0..<kept])
        if digits[kept] >= UInt8(ascii: "5") {
            // Add one in the last kept column, carrying leftwards.
            var index = result.count - 1
            while index >= 0, result[index] == UInt8(ascii: "9") {
                result[index] = UInt8(ascii: "0")
                index -= 1
            }
            if index >= 0 { result[index] += 1 } else { result.insert(UInt8(ascii: "1"), at: 0) }
        }
        guard let significand = DecimalText.parseDescription(result.isEmpty ? [UInt8(ascii: "0")] : result[...]) else { return self }
        return Decimal(sign: negative ? .minus : .plus, exponent: -places, significand: significand)
    }

    /// The value as an `Int` when it is a whole number in `Int`'s range.
    public var exactInt: Int? {
        var text = description
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            guard text.hasSuffix(".") else { return nil }
            text.removeLast()
        }
        return Int(text)
    }
}
