import Testing
import Foundation
import Query
import TestSupport

@Suite("Lexer and parser")
struct LexerParserTests {
    @Test("tokens know their line and column; Vietnamese identifiers lex whole")
    func tokens() throws {
        let tokens = try Lexer.tokenize("1_746.5 tỷ đồng # note\n\"chuỗi\" |")
        #expect(tokens[0].kind == .number(Decimal(string: "1746.5")!))
        #expect(tokens[1].kind == .identifier("tỷ"))
        #expect(tokens[1].location == QueryLocation(line: 1, column: 9))
        #expect(tokens[2].kind == .identifier("đồng"))
        #expect(tokens[3].kind == .newline)
        #expect(tokens[4].kind == .string("chuỗi"))
        #expect(tokens[4].location == QueryLocation(line: 2, column: 1))
        #expect(tokens[5].kind == .symbol("|"))
    }

    @Test("unfinished input asks for more lines")
    func continuation() {
        #expect(Parser.needsContinuation("facts |"))
        #expect(Parser.needsContinuation("round(1.5,"))
        #expect(!Parser.needsContinuation("facts | count"))
        #expect(!Parser.needsContinuation("(1 + 2)"))
    }

    @Test("a statement continues over lines inside brackets and after a trailing |")
    func multiLine() throws {
        #expect(try Parser.parse("facts\n| count").count == 1)
        #expect(try Parser.parse("facts |\n  where unit == \"ha\" |\n  count").count == 1)
        #expect(try Parser.parse("(1 +\n 2)").count == 1)
        #expect(try Parser.parse("1\n2\n# comment\n3").count == 3)
    }

    @Test("syntax errors say what and where", arguments: [
        ("1 +", "expected an expression, found the end of the input", 1, 4),
        ("(1 + 2", "expected ')' to close '(' opened at 1:1, found the end of the input", 1, 7),
        ("facts | frobnicate", "unknown pipeline step 'frobnicate'", 1, 9),
        ("\"open", "unterminated string", 1, 1),
        ("1 $ 2", "unexpected character '$'", 1, 3),
        ("let = 3", "expected a name after 'let', found '='", 1, 5),
        ("1 2", "unexpected '2' after the end of the expression", 1, 3),
        ("x in", "expected a unit after 'in'", 1, 5),
    ] as [(String, String, Int, Int)])
    func syntaxErrors(_ text: String, _ message: String, _ line: Int, _ column: Int) {
        do {
            _ = try Parser.parse(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.phase == .syntax)
            #expect(error.message == message)
            #expect(error.location == QueryLocation(line: line, column: column))
        }
    }

    @Test("a misspelt pipeline step gets a suggestion")
    func stepSuggestion() {
        #expect(throws: QueryError.syntax("unknown pipeline step 'cuont'", at: QueryLocation(line: 1, column: 9), hint: "did you mean 'count'?")) {
            try Parser.parse("facts | cuont")
        }
    }

    @Test("a field alone where a step goes is shown how to keep it")
    func fieldAsStep() {
        #expect(throws: QueryError.syntax("unknown pipeline step 'sentence'", at: QueryLocation(line: 1, column: 9),
                                          hint: "to keep a field of each row, write 'select sentence'")) {
            try Parser.parse("facts | sentence | take 2")
        }
        // Followed by more, it is no field alone.
        #expect(throws: QueryError.syntax("unknown pipeline step 'sentence'", at: QueryLocation(line: 1, column: 9), hint: nil)) {
            try Parser.parse("facts | sentence 2")
        }
    }

    @Test("another language's step names ours", arguments: [("head", "take"), ("first", "take"), ("top", "take"), ("mean", "avg"), ("length", "count")])
    func otherLanguagesStep(_ written: String, _ ours: String) {
        #expect(throws: QueryError.syntax("unknown pipeline step '\(written)'", at: QueryLocation(line: 1, column: 9),
                                          hint: "did you mean '\(ours)'? ('\(written)' is '\(ours)' here)")) {
            try Parser.parse("facts | \(written) 5")
        }
    }

    @Test("10,000 nested parentheses fail with a limit error, not a crash")
    func deepNesting() {
        let text = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(throws: QueryError.self) { try Parser.parse(text) }
        do { _ = try Parser.parse(text) } catch { #expect(error.message.contains("nested too deeply")) }
        let minus = String(repeating: "-", count: 10_000) + "1"
        do { _ = try Parser.parse(minus) } catch { #expect(error.message.contains("nested too deeply")) }
    }

    @Test("a chain of thousands of operands is refused with a limit error")
    func longChain() {
        let text = Array(repeating: "1", count: 5_000).joined(separator: " + ")
        do { _ = try Parser.parse(text); Issue.record("parsed") } catch { #expect(error.message.hasPrefix("expression too long")) }
        let negations = String(repeating: "not ", count: 5_000) + "true"
        do { _ = try Parser.parse(negations); Issue.record("parsed") } catch { #expect(error.message.contains("nested too deeply")) }
    }

    @Test("a line over 1 MB is refused with a limit error")
    func hugeLine() {
        let text = String(repeating: "1 + ", count: 300_000) + "1"
        do { _ = try Parser.parse(text); Issue.record("parsed a 1.2 MB line") } catch { #expect(error.message.contains("query too long")) }
    }

    @Test("a number with 400 digits is refused")
    func hugeNumber() {
        do { _ = try Parser.parse(String(repeating: "9", count: 400)); Issue.record("parsed") } catch {
            #expect(error.message.hasPrefix("number too large"))
        }
    }
}
