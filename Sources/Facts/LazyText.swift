import Platform

/// Text held as UTF-8 bytes and made a `String` the first time it is read.
///
/// A corpus question reads many sentences that it counts, filters or sums
/// and never shows, and checking each one's UTF-8 to make a `String` would be
/// work for nothing. The bytes come from a database, so they are still
/// checked (and repaired) when made a string, as any text read is.
public final class LazyText: @unchecked Sendable {
    /// Guards `bytes` and `made`; one lock may serve all the texts of one read.
    private let lock: Lock
    private var bytes: [UInt8]
    private var made: Substring?

    public init(bytes: [UInt8], lock: Lock) {
        self.bytes = bytes
        self.lock = lock
    }

    public var text: Substring {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let text = Substring(String(decoding: bytes, as: UTF8.self))
        made = text
        bytes = []
        return text
    }
}
