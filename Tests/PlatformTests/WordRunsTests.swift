import Testing
import Platform

/// `letterAndDigitRuns` must give what splitting on characters that are neither letters nor digits gives.
@Suite("A text's runs of letters and digits")
struct WordRunsTests {
    @Test("the standard library's split, for ASCII text and any other", arguments: [
        "", "ke hoach nam 2026", "  Kế hoạch (%) 2026 ", "TH/KH (%)", "so voi cung ky", "a", "%", "9 thang dau nam 2026.",
        "Quý I/2026 – ước", "x1y2 ,,, z", "đ d ₫ 2²",
    ])
    func agreesWithSplit(_ text: String) {
        let expected = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        #expect(text.letterAndDigitRuns == expected)
        let inner = text.dropFirst(min(1, text.count))
        #expect(inner.letterAndDigitRuns == inner.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
    }

    @Test("the pieces between spaces, counted as splitting on a space counts them", arguments: [
        "", " ", "   ", "Kinh tế", "  TÌNH HÌNH   KINH TẾ - XÃ HỘI  ", "a", "1.1. Ngân sách", "Quý I/2026 – ước", "x\ty z",
    ])
    func countsAsSplit(_ text: String) {
        #expect(text.spaceSeparatedCount == text.split(separator: " ").count)
    }
}
