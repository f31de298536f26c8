import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that raise a total by
/// what the year added (`nâng tổng số lên`): the total's change on last year
/// is the figure added, which stays a figure of its own.
extension ComparisonWordingTests {
    static let totalRaisedCases: [Case] = [
        // A total raised by what the year added has it as its change; the figure added stays a figure. A total
        // that names what it counts anew may count something else.
        Case(sentence: "Có thêm 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng số lên 27 trường.",
             comparisons: ["4 trường": [], "27 trường": ["changeOnPrevious 4"]]),
        // … so does one the year recognised (`được công nhận`), with no `thêm`.
        Case(sentence: "Có 3 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 12 xã.", comparisons: ["3 xã": [], "12 xã": ["changeOnPrevious 3"]]),
        Case(sentence: "Có 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 12 xã.", comparisons: ["3 xã": [], "12 xã": []]),
        // Recognised anew right before the figure raises the total; recognised again does not.
        Case(sentence: "Công nhận mới 3 trường đạt chuẩn quốc gia, nâng tổng số lên 41/52 trường.",
             comparisons: ["3 trường": [], "41/52 trường": ["changeOnPrevious 3"]]),
        Case(sentence: "Công nhận lại 3 trường đạt chuẩn quốc gia, nâng tổng số lên 41 trường.", comparisons: ["3 trường": [], "41 trường": []]),
        Case(sentence: "Có thêm 1 xã đạt chuẩn nông thôn mới kiểu mẫu; nâng tổng số xã đạt chuẩn lên 11 xã.",
             comparisons: ["1 xã": [], "11 xã": []]),
        // What the count rose by (`tăng`, `tăng thêm`) is the total's change and no figure of its own.
        Case(sentence: "Số trường đạt chuẩn quốc gia tăng thêm 3 trường, nâng tổng số lên 41 trường.",
             comparisons: ["41 trường": ["changeOnPrevious 3"]]),
        Case(sentence: "Số xã đạt chuẩn nông thôn mới tăng 2 xã, nâng tổng số lên 9/11 xã.", comparisons: ["9/11 xã": ["changeOnPrevious 2"]]),
        Case(sentence: "Số xã đạt chuẩn nông thôn mới tăng thêm 2 xã, lên 9/11 xã.", comparisons: ["9/11 xã": ["changeOnPrevious 2"]]),
    ]
}
