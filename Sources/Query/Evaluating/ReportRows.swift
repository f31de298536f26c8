import FoundationEssentials
import Platform
import Report
import Facts

/// The `reports` source: one record a loaded report, with what its header
/// says (place, issuer, number, date, period, year) and how many facts it gave.
/// A year is text (`2025`), written as years are, and equals the number 2025.
enum ReportRows {
    /// The record of each report of `reports`, in load order.
    static func rows(_ reports: [LoadedReport]) -> Value {
        .list(reports.map(row))
    }

    static func row(_ report: LoadedReport) -> Value {
        let header = report.header
        func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
        func year(_ value: Int?) -> Value { value.map { .text(String($0)) } ?? .null }
        return .record([
            ("name", .text(report.name)),
            ("place", text(header.place)),
            ("place_kind", text(header.placeKind)),
            ("issuer", text(header.issuer)),
            ("number", text(header.number)),
            ("date", text(header.date)),
            ("period", .text(header.period.name)),
            ("year", year(header.year)),
            ("plan_year", year(header.planYear)),
            ("title", text(header.title)),
            ("facts", .number(Decimal(report.factIDs.count))),
        ])
    }
}
