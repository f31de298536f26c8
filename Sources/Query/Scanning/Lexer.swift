import FoundationEssentials
import Platform
import Facts

/// Turns query text into tokens. Identifiers may be Vietnamese (`tỷ`, `đồng`);
/// numbers use `.` as the decimal mark and `_` to group digits (`2_345.5`),
/// and read back as printed or are refused (``NumberLiteral``).
/// `#` starts a comment to the end of the line.
public struct Lexer {
    /// Longer input is refused before lexing: a limit, not a crash.
    public static let maxLength = 1 << 20
    /// Two-character symbols first, so that `==` is not read as `=` `=`.
    static let symbols: [(text: String, scalars: [Unicode.Scalar])] = ["==", "!=", "<=", ">=", "+", "-", "*", "/", "(", ")", "[", "]", "{", "}", ",", ".", "|", "=", "<", ">", "~", "%", "‰", ":", "–"]
        .map { ($0, Array($0.unicodeScalars)) }

    private let chars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    public init(_ text: String) { self.chars = Array(text.unicodeScalars) }

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
        if c.isDigit { return try number(start) }
        // Single quotes too, as SQL writes text: `unit == 'ha'`.
        if c == "\"" || c == "'" { return try string(start, closedBy: c) }
        if c.isLetterScalar || c == "_" { return identifier(start) }
        for symbol in Lexer.symbols where matches(symbol.scalars) {
            for _ in symbol.scalars { advance() }
            return Token(kind: .symbol(symbol.text), location: start, lexeme: symbol.text)
        }
        advance()
        let shown = c.properties.generalCategory == .control || c.value == 0xFFFD || c.properties.isWhitespace
            ? Self.codePoint(c) : "'\(c)'"
        throw .syntax("unexpected character \(shown)", at: start, hint: c.value == 0xFFFD ? "the input is not valid UTF-8 here" : nil)
    }

    /// Digits with `_`, and `.` or `,` each followed by a digit: read by ``NumberLiteral``.
    private mutating func number(_ start: QueryLocation) throws(QueryError) -> Token {
        var text = String.UnicodeScalarView()
        while index < chars.count {
            let c = chars[index]
            let separates = (c == "." || c == ",") && index + 1 < chars.count && chars[index + 1].isDigit
            guard c.isDigit || c == "_" || separates else { break }
            text.append(c)
            advance()
        }
        let lexeme = String(text)
        switch NumberLiteral.read(lexeme) {
        case .value(let value): return Token(kind: .number(value), location: start, lexeme: lexeme)
        case .refused(let message, let hint): throw .syntax(message, at: start, hint: hint)
        }
    }

    private mutating func string(_ start: QueryLocation, closedBy quote: Unicode.Scalar) throws(QueryError) -> Token {
        advance()
        var text = String.UnicodeScalarView()
        while index < chars.count, chars[index] != quote {
            if chars[index] == "\\", index + 1 < chars.count {
                advance()
                switch chars[index] {
                case "n": text.append("\n" as Unicode.Scalar)
                case "t": text.append("\t" as Unicode.Scalar)
                default: text.append(chars[index])
                }
            } else if chars[index] == "\n" {
                break
            } else {
                text.append(chars[index])
            }
            advance()
        }
        guard index < chars.count, chars[index] == quote else {
            throw .syntax("unterminated string", at: start, hint: "close it with \(quote)")
        }
        advance()
        let value = String(text)
        return Token(kind: .string(value.precomposed), location: start, lexeme: "\(quote)\(value)\(quote)")
    }

    private mutating func identifier(_ start: QueryLocation) -> Token {
        let begin = index
        // `²` and `³` end the units baocao prints (`m²`, `km³`).
        while index < chars.count, chars[index].isLetterScalar || chars[index].isDigit || chars[index] == "_" || chars[index] == "²" || chars[index] == "³" {
            advance()
        }
        // Encoded in one pass, not appended to a UnicodeScalarView scalar by scalar.
        let normalized = String(scalars: chars[begin..<index]).precomposed
        if let keyword = Keyword(rawValue: normalized) {
            return Token(kind: .keyword(keyword), location: start, lexeme: normalized)
        }
        return Token(kind: .identifier(normalized), location: start, lexeme: normalized)
    }

    private mutating func skipSpaceAndComments() {
        while index < chars.count {
            let c = chars[index]
            // A no-break space pasted from a report (`… ha`) is a space too.
            if c == " " || c == "\t" || c == "\r" || String.isFixedSpace(c) {
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

    private func matches(_ symbol: [Unicode.Scalar]) -> Bool {
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

    /// `U+0007`: an invisible character, named by its code point (at least four hex digits).
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { value >= 48 && value <= 57 }
    /// Letters, and the combining marks of decomposed Vietnamese.
    var isLetterScalar: Bool {
        if value < 0x80 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return properties.isAlphabetic || (0x0300...0x036F).contains(value)
    }
}
