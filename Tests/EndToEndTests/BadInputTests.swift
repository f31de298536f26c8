import Testing
import Foundation
import TestSupport

/// The catalogue of bad input: each gives a clear message and the right exit
/// code, never a crash; the REPL lives on.
@Suite("Bad input")
struct BadInputTests {
    /// A bad query, named so that a failure does not print a megabyte of it.
    struct BadQuery: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var status: Int32
        var message: String
        var testDescription: String { name }
    }

    @Test("query text", arguments: [
        BadQuery(name: "unknown unit", text: "5 furlongs", status: 3, message: "error: unknown unit 'furlongs'"),
        BadQuery(name: "division by zero", text: "1 / 0", status: 1, message: "error: division by zero"),
        BadQuery(name: "400 digits", text: String(repeating: "9", count: 400), status: 3, message: "error: number too large"),
        BadQuery(name: "10,000 parentheses", text: String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
                 status: 3, message: "error: expression nested too deeply"),
        BadQuery(name: "unit mismatch", text: "1 ha + 1 tấn", status: 1, message: "error: unit mismatch"),
    ])
    func queries(_ query: BadQuery) throws {
        let result = try BinaryRunner.run(["-c", query.text])
        #expect(result.status == query.status)
        #expect(result.stderr.hasPrefix(query.message), "stderr: \(result.stderr.prefix(200))")
        #expect(!result.stderr.contains("crashed"))
    }

    @Test("a 1 MB line fails with a limit error")
    func megabyteLine() throws {
        let result = try BinaryRunner.run([], stdin: String(repeating: "1+", count: 600_000) + "1\n")
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("<stdin>:1:1: error: query too long"), "stderr: \(result.stderr.prefix(200))")
        #expect(result.stderr.count < 1_000, "the error echoed the whole line")
    }

    @Test("a NUL byte and invalid UTF-8 in a piped script")
    func bytes() throws {
        let nul = try BinaryRunner.run([], stdin: "1 + 1\n2 \u{0} 3\n")
        #expect(nul.status == 3)
        #expect(nul.stdout == "2\n")
        #expect(nul.stderr.hasPrefix("<stdin>:2:3: error: unexpected character U+0000"))
        let folder = try BinaryRunner.temporaryDirectory()
        _ = FileManager.default.createFile(atPath: folder + "/bad.bq", contents: Data([0x31, 0x0A, 0xFF, 0xFE, 0x0A]))
        let invalid = try BinaryRunner.run(["run", folder + "/bad.bq"])
        #expect(invalid.status == 2)
        #expect(invalid.stderr == "error: script '\(folder)/bad.bq' is not UTF-8 text\n")
    }

    @Test("standard input closed at once runs nothing and succeeds")
    func closedStdin() throws {
        let result = try BinaryRunner.run([])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test("a plugin folder that does not exist is reported, baocao goes on, and the exit status says so")
    func missingPluginFolder() throws {
        let result = try BinaryRunner.run(["--plugins", "/no/such/folder", "--format", "plain", "-c", "1 + 1"])
        #expect(result.status == 2)
        #expect(result.stdout == "2\n")
        #expect(result.stderr == "/no/such/folder:0: error: plugin folder does not exist\n")
    }

    @Test("output piped into a reader that stops early ends quietly")
    func brokenPipe() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.executable)
        process.arguments = ["--format", "json", "-c", "facts", "-c", "facts", "-c", "facts"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        _ = output.fileHandleForReading.readData(ofLength: 100)
        try output.fileHandleForReading.close()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // Killed by SIGPIPE like any well-behaved Unix filter, or done before the reader left.
        #expect(process.terminationReason == .uncaughtSignal ? process.terminationStatus == SIGPIPE : process.terminationStatus == 0)
        #expect(!stderr.contains("crashed"))
    }
}

/// History files baocao must not touch: the REPL warns, keeps this session's history, and lives on.
@Suite("Bad history files", .serialized)
struct BadHistoryFileTests {
    func run(state: String) throws -> String {
        let terminal = try PseudoTerminal(executable: BinaryRunner.executable, arguments: [],
                                          environment: ["TERM": "xterm", "LANG": "C.UTF-8", "HOME": state, "XDG_STATE_HOME": state,
                                                        "XDG_CONFIG_HOME": state, "PATH": "/usr/bin:/bin"])
        let mark = try terminal.waitFor("baocao> ")
        try terminal.waitForRawMode()
        terminal.type("1 + 1\r")
        try terminal.waitFor("\n2\r", after: mark)
        try terminal.waitFor("baocao> ", after: mark + 5)
        try terminal.waitForRawMode()
        terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
        return terminal.output
    }

    @Test("a history file owned by someone else is left alone")
    func otherOwner() throws {
        let state = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: state + "/baocao", withIntermediateDirectories: true)
        let history = state + "/baocao/history"
        try "_HiStOrY_V2_\nsecret\n".write(toFile: history, atomically: true, encoding: .utf8)
        guard chown(history, 65534, 65534) == 0 else { return }  // only root can give a file away
        let output = try run(state: state)
        #expect(output.contains("warning: the history file \(history) belongs to another user"))
        #expect(try String(contentsOfFile: history, encoding: .utf8) == "_HiStOrY_V2_\nsecret\n")
    }

    @Test("a history path that is not a readable file is left alone")
    func notAFile() throws {
        let state = try BinaryRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: state + "/baocao/history", withIntermediateDirectories: true)
        let output = try run(state: state)
        #expect(output.contains("history will not be saved this session"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: state + "/baocao/history", isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
