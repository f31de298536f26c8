import FoundationEssentials
import Platform

/// Indicators as the rules resolved them in one report, kept on disk so that
/// a one-shot query need not run the rules again:
/// `<folder>/<store key>+<spec key>.resolved`, one file for a report (its
/// ``Facts/FactStore/contentKey``) and a domain's spec (its
/// ``DomainPlugin/specKey``). Both keys name the bytes read and the binary
/// that read them, so a changed report, spec, vocabulary or baocao names
/// another file. What a file keeps is which facts answered, by id, and the
/// sentence that gave a shortfall; the values are read from the store again.
///
/// Like the fact and spec caches, a file is written whole and renamed into
/// place, and one that does not read is ignored (and written anew).
final class ResolutionCache: @unchecked Sendable {
    /// What resolving an indicator found in a report.
    struct Entry: Equatable {
        var actual: Int?
        var target: Int?
        var change: Int?
        /// Whether the change is taken without the verdict its sentence gives (a change said elsewhere, in a
        /// sentence the indicator does not head: the verdict there may be another's).
        var changeWithoutVerdict: Bool
        var shortfall: String?
        var share: Int?

        init(actual: Int?, target: Int? = nil, change: Int? = nil, changeWithoutVerdict: Bool = false,
             shortfall: String? = nil, share: Int? = nil) {
            self.actual = actual
            self.target = target
            self.change = change
            self.changeWithoutVerdict = changeWithoutVerdict
            self.shortfall = shortfall
            self.share = share
        }
    }

    static let magic = "baocao-resolved-3"

    let folder: String
    /// The files read or written, by name: their entries by indicator key, and whether any is new.
    private var files: [String: (entries: [String: Entry], unsaved: Bool)] = [:]

    init(folder: String) {
        self.folder = folder
    }

    /// The file's name for a store and a spec.
    static func fileName(store: String, spec: String) -> String { "\(store)+\(spec).resolved" }

    /// The entry of `key` in file `name`, if an earlier run kept one.
    func entry(_ key: String, in name: String) -> Entry? {
        load(name)
        return files[name]?.entries[key]
    }

    /// Keeps `entry` for `key` in file `name`, to be written by ``save()``.
    func keep(_ entry: Entry, for key: String, in name: String) {
        load(name)
        files[name]?.entries[key] = entry
        files[name]?.unsaved = true
    }

    /// Reads file `name` on its first use (none, or a damaged one, holds no entries).
    private func load(_ name: String) {
        if files[name] == nil { files[name] = (read(name) ?? [:], false) }
    }

    /// Writes every file with new entries. Another process may have written
    /// the same file since it was read: the last to rename wins, and the
    /// entries it lacks are resolved again by whoever asks for them.
    ///
    /// A report's files of an older text or binary (keyed otherwise) are
    /// removed once stale, as the fact cache removes its own; no other
    /// report's files are looked at, so a cache of many reports costs a save
    /// one listing, not a look at every file.
    func save() {
        var written: Set<String> = [], reports: Set<String> = []
        for (name, file) in files where file.unsaved {
            var body = BinaryWriter()
            body.int(file.entries.count)
            for (key, entry) in file.entries.sorted(by: { $0.key < $1.key }) {
                body.string(key)
                body.int(entry.actual ?? -1)
                body.int(entry.target ?? -1)
                body.int(entry.change ?? -1)
                body.int(entry.changeWithoutVerdict ? 1 : 0)
                body.optional(entry.shortfall) { $0.string($1) }
                body.int(entry.share ?? -1)
            }
            let path = "\(folder)/\(name)"
            CacheFile.write(CacheFile.framed(body, magic: Self.magic), to: path, in: folder)
            files[name]?.unsaved = false
            written.insert(path)
            reports.insert(Self.reportPrefix(of: name))
        }
        guard !written.isEmpty else { return }
        CacheFile.removeStale(in: folder, besides: written) { entry in
            entry.hasSuffix(".resolved") && reports.contains { entry.hasPrefix($0) }
        }
    }

    /// What the files of one report share at the start of their names: the
    /// store key without its checksum (`second-report-` of
    /// `second-report-1f2e+economy-3a4b.resolved`). The spec key holds no `+`,
    /// so the store key is all before the last one.
    static func reportPrefix(of fileName: String) -> String {
        let store = fileName.lastIndex(of: "+").map { fileName[..<$0] } ?? Substring(fileName)
        guard let dash = store.lastIndex(of: "-") else { return store + "+" }
        return String(store[...dash])
    }

    /// The entries of file `name`; nil if there is none or it does not read whole.
    private func read(_ name: String) -> [String: Entry]? {
        guard let data = MappedFile.data(atPath: "\(folder)/\(name)") else { return nil }
        return try? data.withUnsafeBytes { bytes throws -> [String: Entry] in
            var input = try CacheFile.body(of: bytes, magic: Self.magic)
            let count = try input.int()
            guard count >= 0, count <= input.rest.count else { throw BinaryReader.Malformed() }
            var entries: [String: Entry] = [:]
            for _ in 0..<count {
                let key = try input.string()
                let actual = try input.int(), target = try input.int(), change = try input.int(), withoutVerdict = try input.int()
                let shortfall = try input.optional { try $0.string() }, share = try input.int()
                entries[key] = Entry(actual: actual < 0 ? nil : actual, target: target < 0 ? nil : target,
                                     change: change < 0 ? nil : change, changeWithoutVerdict: withoutVerdict == 1,
                                     shortfall: shortfall, share: share < 0 ? nil : share)
            }
            return entries
        }
    }
}
