import FoundationEssentials
import Platform

/// A number baocao computed rather than read — a plan implied by a share of
/// it, last year's figure implied by a change, an attainment — as the data
/// formats (CSV, JSON) write it: to six decimal places. A quotient's exact
/// decimal runs to thirty-odd digits (`7292.2776148582600195…`) that say
/// nothing a report said; six places keep every digit a report gives and
/// read back as the same number to any tool.
enum ComputedNumber {
    static let places = 6

    static func text(_ value: Decimal) -> String {
        value.rounded(places: places).description
    }
}
