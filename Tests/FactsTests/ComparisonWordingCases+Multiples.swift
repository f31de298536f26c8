import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, whose comparisons are
/// multiples spelled in words (`gấp đôi`, `gấp ba lần`) or follow a share of
/// a whole said with `chiếm`.
extension ComparisonWordingTests {
    static let multipleCases: [Case] = [
        // A multiple in words is read as in digits: a share of last year's figure, in percent.
        Case(sentence: "Lượng khách du lịch tăng gấp đôi so với cùng kỳ, đạt 42.000 lượt khách.",
             comparisons: ["42.000 lượt khách": ["percentOfPrevious 200"]]),
        Case(sentence: "Doanh thu du lịch ước đạt 31 tỷ đồng, gấp ba lần cùng kỳ.",
             comparisons: ["31 tỷ đồng": ["percentOfPrevious 300"]]),
        Case(sentence: "Sản lượng chè búp tươi đạt 1.260 tấn, tăng gấp rưỡi so với cùng kỳ năm trước.",
             comparisons: ["1.260 tấn": ["percentOfPrevious 150"]]),
        Case(sentence: "Số hộ kinh doanh trực tuyến đạt 96 hộ, gấp năm lần cùng kỳ.",
             comparisons: ["96 hộ": ["percentOfPrevious 500"]]),
        // `năm` after `gấp` is a year unless `lần` follows: no multiple, and the digits' multiple reads as before.
        Case(sentence: "Doanh thu ước đạt 40 tỷ đồng, gấp 1,6 lần năm 2024.",
             comparisons: ["40 tỷ đồng": ["percentOfPrevious 160"]]),
        // A share of a whole said with `chiếm` is said of the figure before it; last year's share and change after it are that figure's.
        Case(sentence: "Đã tiêm phòng cho 3.120 con trâu, bò, chiếm 81,4% tổng đàn và bằng 96,2% so với cùng kỳ năm trước.",
             comparisons: ["3.120 con": ["percentOfPrevious 96.2"], "81,4%": []]),
        Case(sentence: "Giải quyết việc làm cho 1.200 lao động, chiếm 45% tổng số lao động cần việc làm, tăng 5% so với cùng kỳ.",
             comparisons: ["1.200 lao động": ["changeOnPrevious 5"], "45%": []]),
        // With no figure before it, the share is the figure the change is of.
        Case(sentence: "Tỷ trọng dịch vụ chiếm 48,2%, tăng 1,1% so với cùng kỳ.",
             comparisons: ["48,2%": ["changeOnPrevious 1.1"]]),
        // A count's share in brackets right after it takes the change in percent after them: a count's own is said in its noun.
        Case(sentence: "Toàn xã còn 187 hộ nghèo (chiếm 3,86%), giảm 1,12% so với đầu năm.",
             comparisons: ["187 hộ": [], "3,86%": ["changeOnPrevious -1.12"]]),
        Case(sentence: "Toàn xã còn 187 hộ nghèo (3,86%), giảm 21 hộ so với đầu năm.",
             comparisons: ["187 hộ": ["changeOnPrevious -21"], "3,86%": []]),
        // So does one said bare between commas; one of a wider whole named after it leaves the change to the count.
        Case(sentence: "Toàn huyện còn 1.940 hộ nghèo, chiếm 15,2%, giảm 3,7% so với đầu năm.",
             comparisons: ["1.940 hộ": [], "15,2%": ["changeOnPrevious -3.7"]]),
        Case(sentence: "Toàn huyện có 412 doanh nghiệp, chiếm 9% số doanh nghiệp của tỉnh, tăng 6% so với năm trước.",
             comparisons: ["412 doanh nghiệp": ["changeOnPrevious 6"], "9%": []]),
    ]
}
