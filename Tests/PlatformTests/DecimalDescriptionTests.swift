import Testing
import Foundation
@testable import Platform

/// Decimals written from their digits must read exactly as Foundation writes them.
@Suite("Decimal descriptions")
struct DecimalDescriptionTests {
    @Test("one packing of the length and sign holds on this platform, so the digits are written directly")
    func layout() {
        #expect(DecimalDescription.packing != nil)
    }

    @Test("every kind of decimal is written as Foundation writes it", arguments: [
        "0", "1", "-1", "10", "12300", "0.5", "-0.005", "1746.5", "1.746", "31.04", "3176000", "0.0000001", "99.63",
        "18446744073709551615", "18446744073709551616", "-18446744073709551617.125", "340282366920938463463374607431768211455",
        "12345678901234567890123456789012345678", "0.12345678901234567890123456789012345678", "1000000000000000000000000000000",
    ])
    func written(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(DecimalDescription.of(value) == value.description)
    }

    @Test("arithmetic results, with the exponents and mantissas it leaves, are written as Foundation writes them")
    func computed() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let a = Decimal(Int.random(in: -1_000_000...1_000_000, using: &generator)) / Decimal(Int.random(in: 1...999, using: &generator))
            let b = Decimal(sign: Bool.random() ? .minus : .plus, exponent: Int.random(in: -20...20, using: &generator),
                            significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &generator)))
            for value in [a, b, a * b, a + b, a - b] {
                #expect(DecimalDescription.of(value) == value.description, "\(value)")
            }
        }
        // The widest texts: the largest and smallest exponents, short and long mantissas, either sign.
        for exponent in [-128, -127, -40, -20, -19, 19, 20, 100, 127] {
            for significand: UInt64 in [1, 7, 12_345, 10_000_000_000_000_000_000, UInt64.max] {
                for sign in [FloatingPointSign.plus, .minus] {
                    let value = Decimal(sign: sign, exponent: exponent, significand: Decimal(significand))
                    #expect(DecimalDescription.of(value) == value.description, "\(value)")
                }
            }
        }
        #expect(DecimalDescription.of(Decimal.nan) == Decimal.nan.description)
    }

    @Test("a description's double is the one Double(String) reads: short and long, negative, many decimals, malformed")
    func doubles() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "1", "0.5", "1746.5", "0.1", "0.3", "1.", ".", "-", "", "1e5", "12a", "--1", "1.2.3", "0.0000001",
                     "123456789012345", "1234567890123456", "0.1234567890123456789012", "0.12345678901234567890123", "9007199254740993"]
        for _ in 0..<5_000 {
            let value = Decimal(sign: Bool.random() ? .minus : .plus, exponent: Int.random(in: -25...5, using: &generator),
                                significand: Decimal(UInt64.random(in: 0...(Bool.random() ? 999_999 : UInt64.max), using: &generator)))
            texts.append(DecimalDescription.of(value))
        }
        for text in texts {
            let expected = Double(text), read = DecimalText.double(ofDescription: text)
            #expect(read?.bitPattern == expected?.bitPattern, "\(text)")
        }
    }
}
