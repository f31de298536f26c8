import Testing
import Facts
import FactReading
import Report

/// A count out of a whole said in words (`17 trên 20 chỉ tiêu`) reads as the
/// ratio a slash writes; `trên` before a figure alone still bounds it.
@Suite struct OutOfWordsTests {
    @Test("`a trên b` and `a trên tổng số b` before a counted noun are the ratio a/b", arguments: [
        ("Năm 2026, huyện hoàn thành 17 trên 20 chỉ tiêu Nghị quyết đề ra.", ["17/20 chỉ tiêu"]),
        ("Toàn huyện có 12 trên tổng số 15 xã đạt chuẩn nông thôn mới.", ["12/15 xã, phường"]),
        ("Có 1.180 trên 1.250 hộ đạt danh hiệu gia đình văn hóa.", ["1.180/1.250 hộ"]),
    ])
    func outOf(_ sentence: String, _ expected: [String]) {
        #expect(NumberAndUnitTests.values(read: sentence) == expected)
    }

    @Test("`trên` not between two counts, or before a smaller one, stays a bound", arguments: [
        ("Thu hút trên 20 dự án, tổng vốn trên 1.500 tỷ đồng.", ["20 dự án", "1.500 tỷ đồng"]),
        ("Có 30 trên 20 chỉ tiêu.", ["20 chỉ tiêu"]),
        ("Năm 2026 trên 95% hộ dùng nước sạch.", ["95%"]),
    ])
    func bound(_ sentence: String, _ expected: [String]) {
        #expect(NumberAndUnitTests.values(read: sentence) == expected)
    }
}
