import FoundationEssentials

/// The tables of a corpus database, and the format they are in. Plain
/// columns are for any tool that reads SQLite (DuckDB, pandas, sqlite3):
/// one row a report, a fact and an indicator's value in a report; what only
/// baocao needs to rebuild a fact exactly is in `facts.coding`.
///
/// A sentence is held by the first of its facts (`sentence_text`,
/// `sentence_facts`), and named by that fact's id: a search reads each
/// sentence it finds and its facts from one place in the file, where a table
/// of sentences apart cost a second page read for each. The `sentences` view
/// shows them as a table.
///
/// A report's `reading` names how it was read: this baocao and the plugins'
/// specs (``CorpusReading``). An import reads again a report read otherwise,
/// so that a corpus follows what a newer baocao finds in the same bytes.
///
/// A report's facts have the ids `first_fact ..< first_fact + fact_count`
/// (its `reports` row): the report's rows are found by that range of the
/// primary key, so `facts` needs no index on `report`, which every row
/// written would pay to keep.
///
/// A corpus made by an import of much text has pages of 16 KB, where
/// SQLite's default is 4 KB (``pageSize(forText:)``): an import writes each page
/// to the log and then to the file, a call to the system each time, and a
/// quarter of the pages is a quarter of the calls; the file is a little
/// smaller too (less of each page is its header). A small corpus keeps 4 KB
/// pages, as every table and index takes a page at least, and 16 KB ones made a
/// corpus of one report four times its text. A database keeps the pages it
/// was made with: SQLite sets their size when the file is made.
enum CorpusSchema {
    /// The format of the tables: a database of another format is refused, with how to rebuild it.
    static let format = "baocao-corpus-7"
    /// The formats before, each read as it is and brought up to ``format`` by
    /// the next import, with what it lacks: format 3, how reports were read
    /// (`reports.reading`); format 4, an indicator's share of plan where its
    /// report gives no figure (`indicator_values.share`); format 5, the kinds
    /// of comparison added since (`facts.coding` names them, and a baocao that
    /// does not know one refuses the corpus by its format, not by a fact it
    /// cannot decode); format 6, whether a change said elsewhere is taken
    /// without its sentence's verdict (`indicator_values.change_without_verdict`).
    /// Every report of each is read again, as one read otherwise.
    static let earlierFormats = [
        "baocao-corpus-3": "ALTER TABLE reports ADD COLUMN reading TEXT; ALTER TABLE indicator_values ADD COLUMN share INTEGER; " + bareChange,
        "baocao-corpus-4": "ALTER TABLE indicator_values ADD COLUMN share INTEGER; UPDATE reports SET reading = NULL; " + bareChange,
        "baocao-corpus-5": "UPDATE reports SET reading = NULL; " + bareChange,
        "baocao-corpus-6": "UPDATE reports SET reading = NULL; " + bareChange,
    ]
    private static let bareChange = "ALTER TABLE indicator_values ADD COLUMN change_without_verdict INTEGER;"

    /// Whether a corpus of `format` keeps an indicator's share of plan (`indicator_values.share`).
    static func keepsShares(_ format: String?) -> Bool { format != "baocao-corpus-3" && format != "baocao-corpus-4" }

    /// The text, in bytes, from which a new corpus is made of 16 KB pages.
    static let largePagesFrom = 4 << 20

    /// The size of the pages of a new corpus whose first import brings `bytes` of text.
    static func pageSize(forText bytes: Int) -> Int { bytes >= largePagesFrom ? 16_384 : 4_096 }

    static let create = """
    PRAGMA journal_mode = WAL;
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS reports (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        checksum TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        place TEXT, place_kind TEXT, issuer TEXT, number TEXT, date TEXT, title TEXT,
        period TEXT NOT NULL, period_count INTEGER, year INTEGER, plan_year INTEGER,
        first_fact INTEGER NOT NULL, fact_count INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        reading TEXT
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS sentences_search USING fts5 (folded, content = '', columnsize = 0, tokenize = 'unicode61');
    CREATE TABLE IF NOT EXISTS facts (
        id INTEGER PRIMARY KEY,
        report INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        value TEXT NOT NULL,
        value_number REAL NOT NULL,
        upper TEXT,
        denominator TEXT,
        unit TEXT NOT NULL,
        dimension TEXT NOT NULL,
        text TEXT NOT NULL,
        role TEXT NOT NULL,
        qualifies INTEGER,
        section TEXT NOT NULL,
        section_index INTEGER,
        footnote INTEGER,
        paragraph INTEGER NOT NULL,
        part TEXT NOT NULL,
        line INTEGER NOT NULL,
        column INTEGER NOT NULL,
        sentence_offset INTEGER NOT NULL,
        referrer_line INTEGER,
        referrer_column INTEGER,
        referrer_sentence TEXT,
        coding BLOB NOT NULL,
        sentence_text TEXT,
        sentence_facts INTEGER
    );
    CREATE VIEW IF NOT EXISTS sentences AS
        SELECT id, report, sentence_text AS text, id AS first_fact, sentence_facts AS fact_count
        FROM facts WHERE sentence_text IS NOT NULL;
    CREATE TABLE IF NOT EXISTS indicator_values (
        report INTEGER NOT NULL,
        path TEXT NOT NULL,
        actual INTEGER,
        target INTEGER,
        change INTEGER,
        shortfall TEXT,
        share INTEGER,
        change_without_verdict INTEGER,
        PRIMARY KEY (path, report)
    ) WITHOUT ROWID;
    """

    /// The format a corpus says it is in; its statement done with before the caller goes on.
    private static func storedFormat(_ database: SQLiteDatabase) throws(CorpusError) -> String? {
        let format = try database.prepare("SELECT value FROM meta WHERE key = 'format'")
        return try format.step() ? format.text(0) : nil
    }

    /// Brings a corpus of one of ``earlierFormats`` up to ``format``: its
    /// reports get a `reading` of none, so the next import of each reads it again.
    static func upgrade(_ database: SQLiteDatabase) throws(CorpusError) {
        guard let stored = try storedFormat(database), let steps = earlierFormats[stored] else { return }
        // One transaction: a corpus is of one format or the other, never half.
        try database.execute("""
            BEGIN IMMEDIATE;
            \(steps)
            UPDATE meta SET value = '\(Self.format)' WHERE key = 'format';
            COMMIT;
            """)
    }

    /// Checks that `database` holds a corpus of this format (or one before), or is empty (to import into);
    /// gives the format it is in (nil: empty).
    @discardableResult
    static func check(_ database: SQLiteDatabase, empty allowed: Bool) throws(CorpusError) -> String? {
        // A file SQLite cannot read (not a database, or a damaged one) fails on its first statement: said plainly,
        // with what to do, not with the statement; as the file may be the user's own, nothing says to remove it.
        let unreadable = { (reason: String) -> CorpusError in
            allowed ? CorpusError("\(database.path): cannot import into it: \(reason) (name a new file for the corpus)")
                : CorpusError("\(database.path): not a corpus baocao can read: \(reason) "
                    + "(a corpus is made by: baocao import REPORTS… --db NEW-FILE)")
        }
        let tables: SQLiteStatement
        do { tables = try database.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") }
        catch { throw unreadable(database.lastError) }
        guard try tables.step() else { throw unreadable("not a database") }
        if tables.int(0) == 0 {
            guard allowed else { throw CorpusError("\(database.path): not a baocao corpus (build one with: baocao import REPORTS… --db FILE)") }
            return nil
        }
        let found = try storedFormat(database) ?? "none"
        guard found == Self.format || earlierFormats[found] != nil else {
            throw CorpusError("\(database.path): a corpus of format \(found), not \(Self.format) (this baocao's); "
                + "rebuild it: rm \(database.path) and run baocao import REPORTS… --db \(database.path)")
        }
        return found
    }
}
