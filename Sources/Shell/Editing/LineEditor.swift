import FoundationEssentials
import Report
import CEditLine
import Facts
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Line editing and history through the system's libedit: emacs keys,
/// UTF-8 input, Tab completion, and a history file kept across sessions.
final class LineEditor {
    enum ReadResult: Equatable {
        case line(String)
        /// Ctrl-C: the line was cleared.
        case interrupted
        /// Ctrl-D on an empty line, or the input closed.
        case endOfInput
    }

    private let library: UnsafePointer<baocao_editline>
    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: HistoryFile?
    /// The prompt and this object, for libedit's callbacks; freed in deinit.
    private let client: UnsafeMutablePointer<baocao_client>
    /// Candidates for the word before the cursor; set by the REPL.
    var completions: ((String) -> Completion)?

    init?(program: String, historyPath: String?) {
        baocao_set_utf8_locale()
        guard let library = EditLineLibrary.functions,
              let editor = baocao_el_init(library, program, { editor in LineEditor.promptCallback(editor) }),
              let history = baocao_history_init(library, 1000) else { return nil }
        self.library = library
        self.editor = editor
        self.history = history
        let file = historyPath.map { HistoryFile(path: $0, library: library) }
        if let file, let problem = file.problem() {
            // Never overwrite a history we cannot read, or another user's: keep this session's only.
            StandardStreams.writeError("warning: \(problem); history will not be saved this session\n")
            self.historyFile = nil
        } else {
            self.historyFile = file
        }
        client = .allocate(capacity: 1)
        client.initialize(to: baocao_client(prompt: nil, context: nil))
        client.pointee.context = Unmanaged.passUnretained(self).toOpaque()
        baocao_el_set_client(library, editor, client)
        baocao_el_set_history(library, editor, history)
        baocao_el_bind_tab(library, editor) { editor, _ in LineEditor.completeCallback(editor) }
        baocao_el_bind_keys(library, editor)
        baocao_el_source_editrc(library, editor)
        Interrupt.install()
        historyFile?.load(into: history)
    }

    deinit {
        baocao_el_end(library, editor)
        baocao_history_end(library, history)
        free(client.pointee.prompt)
        client.deallocate()
    }

    func readLine(prompt: String) -> ReadResult {
        free(client.pointee.prompt)
        client.pointee.prompt = strdup(prompt)
        var count: Int32 = 0
        var error: Int32 = 0
        guard let raw = baocao_el_gets(library, editor, &count, &error) else {
            if count == -1 && error == EINTR {
                baocao_el_reset(library, editor)
                return .interrupted
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        // Decomposed input (letter + combining marks) edits badly and matches nothing: precompose it.
        return .line(line.precomposed)
    }

    /// Adds an entry to the history and appends it to the file at once, so a crash loses nothing.
    func remember(_ entry: String) {
        guard !entry.trimmingWhitespace().isEmpty else { return }
        _ = baocao_history_enter(library, history, entry)
        sessionEntries.append(entry)
        historyFile?.append(entry)
    }

    /// What was entered in this session, for `.history` when there is no file.
    private var sessionEntries: [String] = []

    /// The history, oldest first: the file's (all sessions), else this session's.
    var entries: [String] { historyFile?.entries() ?? sessionEntries }

    // MARK: - Completion

    /// The prompt, for libedit, which asks with the editor alone.
    private static func promptCallback(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
        guard let editor, let library = EditLineLibrary.functions else { return nil }
        return baocao_el_prompt(library, editor)
    }

    private static func completeCallback(_ editor: OpaquePointer?) -> UInt8 {
        guard let editor, let library = EditLineLibrary.functions,
              let context = baocao_el_context(library, editor) else { return UInt8(CC_ERROR) }
        let lineEditor = Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue()
        return lineEditor.complete(editor)
    }

    private func complete(_ editor: OpaquePointer) -> UInt8 {
        var cursor: Int32 = 0, length: Int32 = 0
        guard let buffer = baocao_el_line(library, editor, &cursor, &length), let completions else { return UInt8(CC_ERROR) }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(cursor))
        let line = String(decoding: bytes, as: UTF8.self)
        let completion = completions(line)
        let word = completion.word, candidates = completion.texts
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if !completion.extendsWord {
            // Matched without accents (`giai` → `giải`): one candidate replaces the word; several are listed.
            if candidates.count == 1 {
                baocao_el_delete(library, editor, Int32(word.count))
                _ = baocao_el_insert(library, editor, candidates[0])
                return UInt8(CC_REFRESH)
            }
            StandardStreams.writeOutput("\n" + Self.listing(completion) + "\n")
            return UInt8(CC_REDISPLAY)
        }
        let common = Completer.commonPrefix(candidates)
        if common.count > word.count { _ = baocao_el_insert(library, editor, String(common.dropFirst(word.count))) }
        if candidates.count == 1 {
            if !common.hasSuffix("(") && !common.hasSuffix("/") && !common.hasSuffix(".") { _ = baocao_el_insert(library, editor, " ") }
            return UInt8(CC_REFRESH)
        }
        if common.count > word.count { return UInt8(CC_REFRESH) }
        // Several matches and nothing more in common: list them under the line, then redraw it.
        StandardStreams.writeOutput("\n" + Self.listing(completion) + "\n")
        return UInt8(CC_REDISPLAY)
    }

    /// Several candidates as listed under the line: with what each is, one a
    /// line (as zsh lists them), when they say; else in columns.
    static func listing(_ completion: Completion, width: Int = Terminal.columns ?? 80) -> String {
        let candidates = completion.candidates
        guard candidates.contains(where: { $0.description != nil }), candidates.count <= 40 else { return columns(completion.texts, width: width) }
        let name = min(40, candidates.map { TextWidth.of($0.text) }.max() ?? 0)
        return candidates.map { candidate in
            let line = TextWidth.pad(candidate.text, to: name) + (candidate.description.map { "  " + $0 } ?? "")
            return TextWidth.truncate(line, to: width - 1)
        }.joined(by: "\n")
    }

    /// Candidates laid out in columns, as shells list completions.
    static func columns(_ candidates: [String], width: Int = 100) -> String {
        let cell = (candidates.map { TextWidth.of($0) }.max() ?? 0) + 2
        let perLine = max(1, width / cell)
        return stride(from: 0, to: candidates.count, by: perLine).map { start in
            candidates[start..<min(start + perLine, candidates.count)].map { TextWidth.pad($0, to: cell) }.joined()
                .trimmingTrailingSpaces()
        }.joined(by: "\n")
    }
}
