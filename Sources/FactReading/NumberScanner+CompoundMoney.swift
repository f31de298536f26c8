import FoundationEssentials
import Platform
import Facts

extension NumberScanner {
    /// An amount of money written in two scales, `45 tỷ 300 triệu đồng` or
    /// `350 triệu 500 nghìn đồng`, as communes' reports write their budgets:
    /// one amount in the larger scale's đồng (45,3 tỷ đồng) and where it ends.
    /// Nil where what follows the first scale is no amount of the next scale
    /// down (`45 tỷ; 300 triệu`, `2 tỷ 500 triệu lượt`, `12 tỷ 2025`).
    ///
    /// A number spoken in thousands before its unit is one number too: `1 nghìn 370 tỷ
    /// đồng` is 1.370 tỷ đồng, `3 nghìn 60 lượt` 3.060 lượt; so is one in millions and
    /// thousands of a count: `1 triệu 250 nghìn lượt` is 1.250 nghìn lượt.
    func compoundMoney(_ value: Decimal, unit: QuantityUnit, unitEnd: Int) -> (Decimal, QuantityUnit, Int)? {
        // A scale alone ends past the space after it. Most figures are followed by no digit: told on the text first.
        let start = unitEnd < scalars.count && scalars[unitEnd] == " " ? unitEnd + 1 : unitEnd
        guard start > 0, start < scalars.count, scalars[start - 1] == " ", ScalarText.isDigit(scalars[start]),
              Self.isMoneyOrScale(unit) else { return nil }
        let end = readNumber(from: start)
        guard end - start <= 3, scalars[start..<end].allSatisfy(ScalarText.isDigit),
              let part = VietnameseNumber.parse(scalars: scalars[start..<end]), let (partUnit, partEnd) = readUnit(at: end) else { return nil }
        if unit.dimension == .count(noun: ""), unit.factor == 1000, partUnit.dimension != .count(noun: "") || partUnit.factor > 1000 {
            return (value * 1000 + part, partUnit, partEnd)
        }
        // `1 triệu 250 nghìn lượt khách`: millions and thousands of one counted noun, in its thousands.
        if unit.dimension == .count(noun: ""), unit.factor == 1_000_000, partUnit.factor == 1000, case .count(let noun) = partUnit.dimension,
           !noun.isEmpty {
            return (value * 1000 + part, partUnit, partEnd)
        }
        guard let next = Self.smallerScale[unit.factor], Self.isMoneyOrScale(partUnit), partUnit.factor == next else { return nil }
        return (value + part / 1000, UnitLexicon.money(ofBareScale: unit) ?? unit, partEnd)
    }

    /// The scale a thousandth of another's: of a billion, a million; of a million, a thousand.
    private static let smallerScale: [Decimal: Decimal] = [1_000_000_000: 1_000_000, 1_000_000: 1_000]

    /// Whether a unit is đồng at some scale, or a scale alone (`triệu`), which before đồng's smaller scale is money too.
    private static func isMoneyOrScale(_ unit: QuantityUnit) -> Bool {
        unit.dimension == .money(currency: "VND") || unit.dimension == .count(noun: "")
    }
}
