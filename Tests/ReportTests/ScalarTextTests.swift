import Testing
import Report

@Suite("Strings to scalars and back, by hand")
struct ScalarTextTests {
    @Test("scalars of one to four UTF-8 bytes survive the round trip",
          arguments: ["", "abc", "Doanh thu du lịch ước đạt 1.746 tỷ đồng", "m² – “ngoặc”", "𝔘 😀 ⅓", "Đường\tphố\n"])
    func roundTrip(_ text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
        #expect(String(scalars: text.scalarArray) == text)
        #expect(text.scalarCount == text.unicodeScalars.count)
    }

    @Test("white space is trimmed as Foundation's .whitespaces would, line breaks kept")
    func trimming() {
        #expect("\u{00A0} .help \t".trimmingWhitespace() == ".help")
        #expect("  ".trimmingWhitespace() == "")
        #expect("\u{3000}giải phóng\u{3000}".trimmingWhitespace() == "giải phóng")
        #expect("x\n".trimmingWhitespace() == "x\n")
        #expect("  a b  ".trimmingSpaces() == "a b")
    }
}
