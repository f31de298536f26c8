import Testing
import Foundation
import TestSupport

/// What a person who writes SQL types first, run on the real binary: each is
/// understood, or refused with what was meant and a caret at the word.
@Suite("SQL habits on the real binary")
struct SQLHabitsTests {
    /// The error's message and the column of its caret, from `-c`'s standard error.
    func refusal(_ query: String) throws -> (message: String, caret: Int) {
        let result = try BinaryRunner.run(["-c", query])
        #expect(result.status != 0, "\(query) was accepted")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let caret = lines.last.flatMap { $0.firstIndex(of: "^").map { $0.utf16Offset(in: lines.last!) - 2 + 1 } } ?? 0
        return (lines.first ?? "", caret)
    }

    @Test("= is taken for ==, with the caret at the =")
    func equals() throws {
        let (message, caret) = try refusal("facts | where unit = \"ha\"")
        #expect(message.contains("did you mean '=='?"))
        #expect(caret == 20)
    }

    @Test("single-quoted text is text")
    func singleQuotes() throws {
        let single = try BinaryRunner.run(["-c", "facts | where unit == 'ha' | count"])
        let double = try BinaryRunner.run(["-c", "facts | where unit == \"ha\" | count"])
        #expect(single.status == 0 && single.stdout == double.stdout)
    }

    @Test("a bare word compared with is told to be quoted")
    func bareWord() throws {
        let (message, caret) = try refusal("facts | where unit == ha")
        #expect(message.contains("quote it: \"ha\""))
        #expect(caret == 23)
    }

    @Test("a wrong field is pointed at, not the name's start")
    func fieldCaret() throws {
        let (message, caret) = try refusal("economy.tourism.revenue.statu")
        #expect(message.contains("did you mean 'status'?"))
        #expect(caret == 25)
    }

    @Test("another shell's commands name baocao's own", arguments: [
        (".mode csv", "did you mean '.format'?"), (".read saved.bq", "did you mean '.run'?"),
        (".tables", "facts, reports"), (".schema", "`.help NAME` lists a source's fields"),
        ("\\q", "did you mean '.quit'?"), ("\\?", "did you mean '.help'?"), ("\\i saved.bq", "did you mean '.run FILE'?"),
        ("SELECT value, unit FROM facts WHERE unit = 'ha'", "as in facts | where … | select …"),
    ])
    func otherShells(_ entry: String, _ hint: String) throws {
        let result = try BinaryRunner.run(["-c", entry])
        #expect(result.status != 0)
        #expect(result.stderr.contains(hint), "\(entry): \(result.stderr)")
    }

    @Test("<> is taken for !=")
    func notEqual() throws {
        #expect(try refusal("1 <> 2").message.contains("did you mean '!='?"))
    }
}
