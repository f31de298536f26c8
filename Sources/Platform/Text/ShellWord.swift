/// A text written as one word of a POSIX shell, for the commands baocao's
/// messages suggest (`pdftotext -layout 'a b.pdf' 'a b.txt'`): in single
/// quotes, each quote inside closed, escaped and reopened (`'it'\''s.pdf'`).
public enum ShellWord {
    public static func quoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
