import Testing
import Foundation
@testable import Platform

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
        // Read in place: the same bytes, small (inline) strings and large ones, and a slice's copy.
        #expect(text.withUTF8Bytes { Array($0) } == Array(text.utf8))
        let slice = String(text.dropFirst())
        #expect(slice.withUTF8Bytes { Array($0) } == Array(slice.utf8))
    }

    @Test("a digit is found eight bytes at a time wherever it stands, and no other byte is taken for one")
    func asciiDigits() {
        // Bytes around the digits' codes and from every row of the table, and multi-byte letters.
        let others: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x2F, 0x3A, 0x3F, 0x40, 0x7F, 0x80, 0xB0, 0xB9, 0xC4, 0xF0, 0xFF]
        for length in 0...20 {
            for filler in others {
                var bytes = [UInt8](repeating: filler, count: length)
                #expect(!bytes.withUnsafeBufferPointer(\.containsASCIIDigit), "\(filler) × \(length)")
                for position in 0..<length {
                    for digit in [UInt8(ascii: "0"), UInt8(ascii: "5"), UInt8(ascii: "9")] {
                        bytes[position] = digit
                        #expect(bytes.withUnsafeBufferPointer(\.containsASCIIDigit), "\(digit) at \(position) of \(length)")
                        bytes[position] = filler
                    }
                }
            }
        }
        var text = "Đường phố không số – “ngoặc” và nữa: hết."
        let without = text.withUTF8(\.containsASCIIDigit)
        text += " 7"
        let with = text.withUTF8(\.containsASCIIDigit)
        #expect(!without && with)
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
                let cut = text.withUTF8Bytes { $0.string(cutAt: lower..<upper) }
                #expect(Array(cut.utf8) == Array(expected.utf8), "\(lower)..<\(upper)")
            }
        }
    }

    @Test("white space is trimmed as Foundation's .whitespaces would, line breaks kept")
    func trimming() {
        #expect("\u{00A0} .help \t".trimmingWhitespace() == ".help")
        #expect("  ".trimmingWhitespace() == "")
        #expect("\u{3000}giải phóng\u{3000}".trimmingWhitespace() == "giải phóng")
        #expect("x\n".trimmingWhitespace() == "x\n")
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
