import CSQLite

/// The text and blobs of one row, copied side by side into memory a
/// statement owns, then bound for SQLite to read where they lie
/// (`SQLITE_STATIC`) rather than to copy each into an allocation of its own.
///
/// A row's values are all staged before any is bound, so the memory no
/// longer moves when they are; it stays until the statement is finalised, and
/// each row's values are bound afresh before its step, so SQLite never reads
/// an earlier row's.
final class StagedBytes {
    /// A staged value: the parameter it is bound to and where its bytes are.
    private struct Staged {
        var parameter: Int32
        var offset: Int
        var count: Int
        var isBlob: Bool
    }

    // Used by one statement's one writer at a time: no access needs checking at run time.
    @exclusivity(unchecked) private var memory: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var used = 0
    @exclusivity(unchecked) private var staged: [Staged] = []
    /// Whether SQLite may hold pointers into this memory from a step before.
    private(set) var hasBound = false

    init(capacity: Int = 4_096) {
        self.capacity = capacity
        memory = .allocate(capacity: capacity)
    }

    deinit { memory.deallocate() }

    /// Forgets the staged values, keeping the memory for the next row.
    func clear() {
        used = 0
        staged.removeAll(keepingCapacity: true)
    }

    /// Copies `bytes` for parameter `parameter`, as text or as a blob.
    func stage(_ bytes: UnsafeBufferPointer<UInt8>, for parameter: Int32, isBlob: Bool) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { (memory + used).update(from: base, count: bytes.count) }
        staged.append(Staged(parameter: parameter, offset: used, count: bytes.count, isBlob: isBlob))
        used += bytes.count
    }

    /// Binds every staged value of `statement`, where it lies.
    func bind(_ statement: OpaquePointer, with library: inout baocao_sqlite) {
        for value in staged {
            let start = UnsafeRawPointer(memory + value.offset)
            if value.isBlob {
                _ = baocao_sqlite_bind_blob_static(&library, statement, value.parameter, start, Int32(value.count))
            } else {
                _ = baocao_sqlite_bind_text_static(&library, statement, value.parameter, start.assumingMemoryBound(to: CChar.self),
                                                   Int32(value.count))
            }
        }
        hasBound = hasBound || !staged.isEmpty
    }

    /// Room for `count` more bytes, the staged ones moved to a larger block if need be.
    private func reserve(_ count: Int) {
        guard used + count > capacity else { return }
        let grown = max(capacity * 2, used + count)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        larger.update(from: memory, count: used)
        memory.deallocate()
        memory = larger
        capacity = grown
    }
}
