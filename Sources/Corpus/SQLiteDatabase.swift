import FoundationEssentials
import CSQLite
import Platform

/// An error from SQLite or from a corpus file, said plainly.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A connection to an SQLite database, through the few calls baocao needs.
/// SQLite itself is loaded when the first database is opened.
final class SQLiteDatabase: @unchecked Sendable {
    /// The library, loaded once; nil (with why) if it cannot be.
    static let library: Result<baocao_sqlite, CorpusError> = {
        var lib = baocao_sqlite()
        guard baocao_sqlite_open(&lib) == 0 else {
            return .failure(CorpusError("SQLite (libsqlite3.so.0) is not installed: apt-get install libsqlite3-0"))
        }
        return .success(lib)
    }()

    let lib: baocao_sqlite
    let handle: OpaquePointer
    let path: String

    /// Opens the database at `path`: read-only, or read-write (and created) for an import.
    init(path: String, writable: Bool) throws(CorpusError) {
        let lib: baocao_sqlite
        switch Self.library {
        case .success(let found): lib = found
        case .failure(let error): throw error
        }
        var handle: OpaquePointer?
        let flags = writable ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY
        let status = lib.open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.flatMap { lib.errmsg($0) }.map { String(cString: $0) } ?? "cannot open"
            if let handle { _ = lib.close_v2(handle) }
            throw CorpusError("\(path): \(message)")
        }
        self.lib = lib
        self.handle = handle
        self.path = path
        _ = lib.busy_timeout(handle, 5_000)
    }

    deinit { _ = lib.close_v2(handle) }

    /// The last error SQLite reported on this connection.
    var lastError: String { lib.errmsg(handle).map { String(cString: $0) } ?? "unknown error" }

    /// Runs SQL that returns no rows (several statements, `;`-separated).
    func execute(_ sql: String) throws(CorpusError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = lib.exec(handle, sql, nil, nil, &message)
        if status != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? lastError
            if let message { lib.free(message) }
            throw CorpusError("\(path): \(text)")
        }
    }

    /// A statement to run once or many times.
    func prepare(_ sql: String) throws(CorpusError) -> SQLiteStatement {
        var statement: OpaquePointer?
        guard lib.prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw CorpusError("\(path): \(lastError) in: \(sql)")
        }
        return SQLiteStatement(database: self, handle: statement)
    }

    var lastInsertedRow: Int { Int(lib.last_insert_rowid(handle)) }
}

/// A prepared statement: bind, step through the rows, reset to run again.
final class SQLiteStatement {
    let database: SQLiteDatabase
    let handle: OpaquePointer
    fileprivate var lib: baocao_sqlite { database.lib }

    /// The text and blobs of the row being written by ``run(binding:)``, made on its first use.
    private var staged: StagedBytes?

    init(database: SQLiteDatabase, handle: OpaquePointer) {
        self.database = database
        self.handle = handle
    }

    /// The statement is finalised before `staged` is released, since SQLite may still point into it.
    deinit { _ = lib.finalize(handle) }

    /// Binds parameters 1, 2, … in order; nil binds NULL.
    @discardableResult
    func bind(_ values: [SQLiteValue?]) -> SQLiteStatement {
        _ = lib.reset(handle)
        // No parameter left over from a staged row is read where that row's bytes were.
        if staged?.hasBound == true { _ = lib.clear_bindings(handle) }
        var parameters = Parameters(statement: self)
        for value in values { parameters.value(value) }
        return self
    }

    /// Runs a statement that returns no rows.
    func run(_ values: [SQLiteValue?] = []) throws(CorpusError) {
        bind(values)
        try stepOnce()
    }

    /// Runs a statement that returns no rows, its parameters bound one by one
    /// by `bind`: a row written thousands of times makes no array of values
    /// each time, and its text and blobs are staged (``StagedBytes``), not copied
    /// by SQLite one by one.
    func run(binding bind: (inout Parameters) -> Void) throws(CorpusError) {
        _ = lib.reset(handle)
        let staged = self.staged ?? StagedBytes()
        self.staged = staged
        staged.clear()
        var parameters = Parameters(statement: self, staged: staged)
        bind(&parameters)
        var library = lib
        staged.bind(handle, with: &library)
        try stepOnce()
    }

    private func stepOnce() throws(CorpusError) {
        let status = lib.step(handle)
        guard status == SQLITE_DONE || status == SQLITE_ROW else { throw CorpusError("\(database.path): \(database.lastError)") }
    }

    /// A statement's parameters, bound 1, 2, … in the order they are given; nil binds NULL.
    struct Parameters {
        let statement: SQLiteStatement
        /// Where text and blobs are staged, to be bound once the row is whole; nil binds them for SQLite to copy.
        private let staged: StagedBytes?
        private var index: Int32 = 1

        init(statement: SQLiteStatement, staged: StagedBytes? = nil) {
            self.statement = statement
            self.staged = staged
        }

        mutating func value(_ value: SQLiteValue?) {
            switch value {
            case nil: null()
            case .int(let number)?: int(number)
            case .double(let number)?: double(number)
            case .text(let text)?: self.text(text)
            case .blob(let bytes)?: blob(bytes)
            }
        }

        mutating func int(_ value: Int?) {
            guard let value else { return null() }
            _ = statement.lib.bind_int64(statement.handle, index, Int64(value))
            index += 1
        }

        mutating func double(_ value: Double) {
            _ = statement.lib.bind_double(statement.handle, index, value)
            index += 1
        }

        mutating func text(_ value: String?) {
            guard var value else { return null() }
            value.withUTF8 { bytes(of: $0, isBlob: false) }
        }

        /// Text given as its UTF-8 bytes (valid UTF-8: SQLite does not check).
        mutating func text(utf8 bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { self.bytes(of: $0, isBlob: false) }
        }

        mutating func blob(_ value: [UInt8]) {
            value.withUnsafeBufferPointer { bytes(of: $0, isBlob: true) }
        }

        /// Text and blobs are staged, or bound for SQLite to copy (`SQLITE_TRANSIENT`, through the shim).
        private mutating func bytes(of buffer: UnsafeBufferPointer<UInt8>, isBlob: Bool) {
            defer { index += 1 }
            if let staged { return staged.stage(buffer, for: index, isBlob: isBlob) }
            var library = statement.lib
            if isBlob {
                _ = baocao_sqlite_bind_blob(&library, statement.handle, index, buffer.baseAddress, Int32(buffer.count))
            } else {
                _ = buffer.withMemoryRebound(to: CChar.self) {
                    baocao_sqlite_bind_text(&library, statement.handle, index, $0.baseAddress, Int32(buffer.count))
                }
            }
        }

        private mutating func null() {
            _ = statement.lib.bind_null(statement.handle, index)
            index += 1
        }
    }

    /// The next row, false when there is none.
    func step() throws(CorpusError) -> Bool {
        switch lib.step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw CorpusError("\(database.path): \(database.lastError)")
        }
    }

    func int(_ column: Int32) -> Int { Int(lib.column_int64(handle, column)) }
    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }
    func double(_ column: Int32) -> Double { lib.column_double(handle, column) }
    func isNull(_ column: Int32) -> Bool { lib.column_type(handle, column) == SQLITE_NULL }

    func text(_ column: Int32) -> String {
        guard let pointer = lib.column_text(handle, column) else { return "" }
        let count = Int(lib.column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// The column's text or blob as bytes, valid only inside `body`: no string or array is made for it.
    func withBytes<Result>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let pointer = lib.column_blob(handle, column)
        let count = Int(lib.column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: pointer?.assumingMemoryBound(to: UInt8.self), count: pointer == nil ? 0 : count))
    }
}

/// A value to bind.
enum SQLiteValue {
    case int(Int)
    case double(Double)
    case text(String)
    case blob([UInt8])
}
