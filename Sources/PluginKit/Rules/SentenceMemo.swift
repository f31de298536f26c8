import Platform

/// Something of each of a store's sentences (by their group in the matcher),
/// worked out the first time it is asked for and kept: where a sentence's
/// numbers stand in its folded text (``SentenceBinding/Number``) depends on
/// the sentence alone, and resolving a report's indicators binds several
/// rules in the same sentences.
final class SentenceMemo<Value>: @unchecked Sendable {
    /// By the sentence's group (guarded by `lock`).
    private var byGroup: [Int: Value] = [:]
    private let lock = Lock()

    /// The value for group `group`, made by `make` the first time it is asked for.
    func value(ofGroup group: Int, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let known = byGroup[group] { return known }
        let made = make()
        byGroup[group] = made
        return made
    }
}
