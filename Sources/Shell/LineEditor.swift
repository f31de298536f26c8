import Foundation
import CEditLine
import Facts

/// Line editing and history through the system's libedit: emacs keys,
/// UTF-8 input, and a history file kept across sessions.
final class LineEditor {
    enum ReadResult: Equatable {
        case line(String)
        /// Ctrl-C: the line was cleared.
        case interrupted
        /// Ctrl-D on an empty line, or the input closed.
        case endOfInput
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    /// The prompt's C string: libedit reads it whenever it redraws, so it must outlive that use.
    private var promptBuffer: UnsafeMutablePointer<CChar>?

    init?(program: String, historyPath: String?) {
        baocao_set_utf8_locale()
        guard let editor = baocao_el_init(program), let history = baocao_history_init(1000) else { return nil }
        self.editor = editor
        self.history = history
        self.historyPath = historyPath
        baocao_el_set_history(editor, history)
        baocao_install_sigint_handler()
        if let historyPath { _ = baocao_history_load(history, historyPath) }
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(promptBuffer)
    }

    func readLine(prompt: String) -> ReadResult {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        baocao_el_set_prompt(editor, promptBuffer)
        var count: Int32 = 0
        var error: Int32 = 0
        guard let raw = baocao_el_gets(editor, &count, &error) else {
            if count == -1 && error == EINTR {
                baocao_el_reset(editor)
                return .interrupted
            }
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        // Decomposed input (letter + combining marks) edits badly and matches nothing: precompose it.
        return .line(line.precomposed)
    }

    /// Adds an entry to the history and saves the file at once, so a crash loses nothing.
    func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        _ = baocao_history_enter(history, entry)
        guard let historyPath else { return }
        _ = baocao_history_save(history, historyPath)
        chmod(historyPath, 0o600)
    }

    /// `$XDG_STATE_HOME/baocao/history`, else `~/.local/state/baocao/history`; the folder is created (0700).
    static func defaultHistoryPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            base = state
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/state"
        } else {
            return nil
        }
        let folder = base + "/baocao"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        return folder + "/history"
    }
}
