/// Values made once for each key and kept, for callers on any thread (under a
/// ``Lock``): rules compiled once for every report an import reads, phrases
/// folded once, where a sentence's numbers stand found once for every rule.
public final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    /// Guarded by `lock`.
    private var values: [Key: Value] = [:]
    private let lock = Lock()

    public init() {}

    /// The value for `key`, made by `make` the first time it is asked for
    /// (under the lock: `make` must not ask this memo again).
    public func value(for key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = values[key] { return known }
        let made = make()
        values[key] = made
        return made
    }
}
