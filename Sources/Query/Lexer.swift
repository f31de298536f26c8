import Foundation
import Facts

/// Turns query text into tokens. Identifiers may be Vietnamese (`tỷ`, `đồng`);
/// numbers use `.` as the decimal mark and `_` to group digits (`1_746.5`).
/// `#` starts a comment to the end of the line.
public struct Lexer {
    /// Longer input is refused before lexing: a limit, not a crash.
    public static let maxLength = 1 << 20

    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    public init(_ text: String) { self.chars = Array(text) }

    public static func tokenize(_ text: String) throws(QueryError) -> [Token] {
        guard text.utf8.count <= maxLength else {
            throw .syntax("query too long (\(text.utf8.count) bytes; the limit is \(maxLength))", at: QueryLocation(line: 1, column: 1))
        }
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    mutating func next() throws(QueryError) -> Token {
        skipSpaceAndComments()
        let start = QueryLocation(line: line, column: column)
        guard index < chars.count else { return Token(kind: .end, location: start, lexeme: "") }
        let c = chars[index]
        if c == "\n" {
            advance()
            return Token(kind: .newline, location: start, lexeme: "\\n")
        }
        if c.isASCIIDigitChar { return try number(start) }
        if c == "\"" { return try string(start) }
        if c.isLetter || c == "_" { return identifier(start) }
        for symbol in ["==", "!=", "<=", ">=", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", "|", "=", "<", ">", "~", "%", ":"] {
            if matches(symbol) {
                for _ in symbol { advance() }
                return Token(kind: .symbol(symbol), location: start, lexeme: symbol)
            }
        }
        advance()
        throw .syntax("unexpected character '\(c)'", at: start)
    }

    private mutating func number(_ start: QueryLocation) throws(QueryError) -> Token {
        var digits = ""
        while index < chars.count, chars[index].isASCIIDigitChar || chars[index] == "_" {
            if chars[index] != "_" { digits.append(chars[index]) }
            advance()
        }
        if index + 1 < chars.count, chars[index] == ".", chars[index + 1].isASCIIDigitChar {
            digits.append(".")
            advance()
            while index < chars.count, chars[index].isASCIIDigitChar || chars[index] == "_" {
                if chars[index] != "_" { digits.append(chars[index]) }
                advance()
            }
        }
        guard let value = VietnameseNumber.parseInternational(Substring(digits)) else {
            throw .syntax("number too large: \(digits.count) digits (at most \(VietnameseNumber.maxDigits) significant digits are exact)", at: start)
        }
        return Token(kind: .number(value), location: start, lexeme: digits)
    }

    private mutating func string(_ start: QueryLocation) throws(QueryError) -> Token {
        advance()
        var text = ""
        while index < chars.count, chars[index] != "\"" {
            if chars[index] == "\\", index + 1 < chars.count {
                advance()
                switch chars[index] {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(chars[index])
                }
            } else if chars[index] == "\n" {
                break
            } else {
                text.append(chars[index])
            }
            advance()
        }
        guard index < chars.count, chars[index] == "\"" else {
            throw .syntax("unterminated string", at: start, hint: "close it with \"")
        }
        advance()
        return Token(kind: .string(text.precomposedStringWithCanonicalMapping), location: start, lexeme: "\"\(text)\"")
    }

    private mutating func identifier(_ start: QueryLocation) -> Token {
        var name = ""
        while index < chars.count, chars[index].isLetter || chars[index].isASCIIDigitChar || chars[index] == "_" {
            name.append(chars[index])
            advance()
        }
        let normalized = name.precomposedStringWithCanonicalMapping
        if let keyword = Keyword(rawValue: normalized) {
            return Token(kind: .keyword(keyword), location: start, lexeme: normalized)
        }
        return Token(kind: .identifier(normalized), location: start, lexeme: normalized)
    }

    private mutating func skipSpaceAndComments() {
        while index < chars.count {
            let c = chars[index]
            if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "#" {
                while index < chars.count, chars[index] != "\n" { advance() }
            } else if c == "\\", index + 1 < chars.count, chars[index + 1] == "\n" {
                advance(); advance()  // an escaped newline continues the line
            } else {
                return
            }
        }
    }

    private func matches(_ symbol: String) -> Bool {
        var i = index
        for s in symbol {
            guard i < chars.count, chars[i] == s else { return false }
            i += 1
        }
        return true
    }

    private mutating func advance() {
        if chars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        index += 1
    }
}

extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}
