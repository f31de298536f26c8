import Testing
import Report
import Facts
import Shell

/// The note that follows a run over many reports given as files, which every run reads again.
@Suite("The note to import many reports")
struct ImportNoteTests {
    @Test("fifty reports or more read from files: a note names the import and the database, with the paths as given")
    func importNote() {
        let documents = (1...50).map { ReportReader.read(text: "Thu ngân sách đạt 5 tỷ đồng.\n", name: "r\($0)") }
        let note = ReportLoader.importNote(for: FactStore(documents: documents), paths: ["corpus/", "my reports"])
        #expect(note == "note: the 50 reports are read again on every run; import them once (baocao import corpus/ 'my reports' "
                + "--db corpus.db) and open the database (baocao --db corpus.db) to answer at once")
        #expect(ReportLoader.importNote(for: FactStore(documents: Array(documents.prefix(49))), paths: ["corpus/"]) == nil)
    }
}
