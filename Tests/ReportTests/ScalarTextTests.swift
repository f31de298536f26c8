import Testing
import Foundation
@testable import Report

@Suite("Strings to scalars and back, by hand")
struct ScalarTextTests {
    @Test("scalars of one to four UTF-8 bytes survive the round trip",
          arguments: ["", "abc", "Doanh thu du lịch ước đạt 1.746 tỷ đồng", "m² – “ngoặc”", "𝔘 😀 ⅓", "Đường\tphố\n",
                     // Longer than a stack buffer: String(scalars:) encodes into the heap.
                     String(repeating: "Đường phố 😀 m² ", count: 500)])
    func roundTrip(_ text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
        #expect(String(scalars: text.scalarArray) == text)
        #expect(String(scalars: text.scalarArray).utf8.elementsEqual(text.utf8))
        #expect(text.scalarCount == text.unicodeScalars.count)
    }

    @Test("ASCII prefixes compared as bytes agree with the UTF-8 view's own comparison, at every offset")
    func bytePrefixes() {
        let text = "- # Đạt <sup>12</sup>"
        for prefix: StaticString in ["- #", "- ", "<sup>", "</sup>", "**", ""] {
            let pattern = Array(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
            #expect(text.hasBytePrefix(prefix) == text.utf8.starts(with: pattern))
            #expect(text.dropFirst(2).hasBytePrefix(prefix) == text.dropFirst(2).utf8.starts(with: pattern))
            var copy = text
            copy.withUTF8 { bytes in
                for offset in -1...(bytes.count + 1) {
                    let expected = offset >= 0 && offset <= bytes.count && bytes[offset...].starts(with: pattern)
                    #expect(bytes.hasBytes(prefix, at: offset) == expected, "\(prefix) at \(offset)")
                }
            }
        }
    }

    @Test("a slice between any two UTF-8 offsets, inside a scalar or not, is what String's indices cut")
    func utf8Slices() {
        let text = "Đạt 1.746 tỷ 😀 m²"
        let utf8 = text.utf8
        for lower in 0...utf8.count {
            for upper in lower...utf8.count {
                let expected = String(text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
                #expect(Array(text.utf8Slice(lower..<upper).utf8) == Array(expected.utf8), "\(lower)..<\(upper)")
            }
        }
    }

    @Test("white space is trimmed as Foundation's .whitespaces would, line breaks kept")
    func trimming() {
        #expect("\u{00A0} .help \t".trimmingWhitespace() == ".help")
        #expect("  ".trimmingWhitespace() == "")
        #expect("\u{3000}giải phóng\u{3000}".trimmingWhitespace() == "giải phóng")
        #expect("x\n".trimmingWhitespace() == "x\n")
        #expect("  a b  ".trimmingSpaces() == "a b")
    }

    @Test("combining marks U+0300–U+036F are found in the bytes, and only then is text normalised")
    func combiningMarks() {
        #expect("gia\u{0309}i".hasCombiningMarks)
        #expect("x\u{036F}".hasCombiningMarks)
        #expect(!"giải phóng".hasCombiningMarks)
        #expect(!"\u{0370}\u{02FF}".hasCombiningMarks)  // just outside the block on either side
        #expect("gia\u{0309}i".precomposed.unicodeScalars.elementsEqual("giải".unicodeScalars))
    }
}

@Suite("Files and streams without Foundation")
struct FileStatusTests {
    @Test("a folder, a file and nothing are told apart")
    func status() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-status-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/a.md"
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        #expect(FileStatus.isDirectory(folder))
        #expect(FileStatus.exists(folder))
        #expect(!FileStatus.isDirectory(file))
        #expect(FileStatus.exists(file))
        #expect(!FileStatus.exists(folder + "/missing"))
        #expect(!FileStatus.isDirectory(folder + "/missing"))
    }

    @Test("the embedded report is found without a resource bundle")
    func embedded() throws {
        let path = try #require(EmbeddedReport.path)
        #expect(path.hasSuffix(".md"))
        #expect(FileStatus.exists(path))
    }
}
