import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query
import Foundation
import TestSupport

@Suite("Every number of the report is a fact or a typed reference")
struct CoverageTests {
    @Test("at most 2% of numeric tokens are left unplaced; the test prints them")
    func coverage() {
        let store = Reports.embeddedStore
        let left = store.references.filter { $0.kind == .unclassified }
        let total = store.facts.count + store.references.count
        let share = Double(left.count) / Double(total)
        // A range's bounds and a ratio's parts are one fact written with two numbers.
        let numbers = store.facts.count + store.facts.filter { $0.upper != nil || $0.denominator != nil }.count
        print("coverage: \(total) numeric tokens, \(store.facts.count) facts holding \(numbers) numbers, \(left.count) unplaced (\(String(format: "%.2f", share * 100))%):")
        for kind in ReferenceKind.allCases {
            print("  \(kind.rawValue): \(store.references.filter { $0.kind == kind }.count)")
        }
        for reference in left { print("  line \(reference.location): \(reference.text)") }
        #expect(share <= 0.02)
    }

    @Test("dates, years, periods, document numbers, footnote marks and name digits are typed, not facts",
          arguments: [
            ("1113/BC-UBND", ReferenceKind.documentNumber), ("55/2023/NĐ-CP", .documentNumber), ("77-NQ/TU", .documentNumber),
            ("10/11/2023", .date), ("12/2023", .date), ("24 tháng 11 năm 2023", .date),
            ("2021-2025", .year), ("2022-2023", .year), ("6 tháng", .period),
            ("19-5", .nameDigit), ("3+312-Km6+100", .nameDigit), ("9", .nameDigit), ("7A", .nameDigit), ("99", .nameDigit),
          ])
    func typed(_ text: String, _ kind: ReferenceKind) {
        let store = Reports.embeddedStore
        #expect(store.references.contains { $0.text == text && $0.kind == kind }, "\(text) should be a \(kind)")
        #expect(!store.facts.contains { $0.text == text })
    }

    @Test("footnote marks are typed references")
    func footnoteMarks() {
        let marks = Reports.embeddedStore.references.filter { $0.kind == .footnoteMark }
        #expect(marks.count >= 89 * 2)  // each footnote's reference and its text's mark
    }
}
