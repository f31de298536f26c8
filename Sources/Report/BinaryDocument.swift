import FoundationEssentials
import Platform

/// A file a report may come as that is not text: a PDF, a word processor's
/// zipped document (`.docx`, `.odt`, and spreadsheets alike) or its older
/// binary one (`.doc`, `.xls`), known by the bytes it opens with. baocao reads
/// text; such a file is refused with the command that turns it into text,
/// not read as text (a PDF's opening bytes are ASCII) nor called "not UTF-8".
public enum BinaryDocument: Equatable, Sendable {
    case pdf, zipped, legacyOffice

    /// The kind of document `data` opens as, if it is one of these.
    static func kind(of data: Data) -> BinaryDocument? {
        if opens(data, with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }  // `%PDF-`
        if opens(data, with: [0x50, 0x4B, 0x03, 0x04]) { return .zipped }  // `PK` and a zip's local header
        if opens(data, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyOffice }  // OLE2
        return nil
    }

    private static func opens(_ data: Data, with magic: [UInt8]) -> Bool {
        data.count >= magic.count && data.prefix(magic.count).elementsEqual(magic)
    }

    /// What the file is, said after its name: `is a PDF`.
    var what: String {
        switch self {
        case .pdf: "a PDF"
        case .zipped: "a zipped document (.docx, .odt, .xlsx)"
        case .legacyOffice: "an old Word or Excel file (.doc, .xls)"
        }
    }

    /// The command that makes text of the file at `path`, for the error's hint.
    func conversion(of path: String) -> String {
        let quoted = ShellWord.quoted(path)
        // The path without its extension, if its last part has one.
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let base = path[name...].lastIndex(of: ".").map { String(path[..<$0]) } ?? path
        switch self {
        case .pdf: return "pdftotext -layout \(quoted) \(ShellWord.quoted(base + ".txt"))"
        case .zipped: return "pandoc \(quoted) -t markdown -o \(ShellWord.quoted(base + ".md"))"
        case .legacyOffice: return "libreoffice --headless --convert-to docx \(quoted), then pandoc"
        }
    }
}
