import Platform

/// Where the numbers of a store's sentences stand in their folded text
/// (``SentenceBinding/Number``), found once a sentence for every rule bound
/// in it: resolving a report's indicators binds several rules in the same
/// sentences, and where a sentence's numbers stand depends on the sentence alone.
final class SentenceNumbers: @unchecked Sendable {
    /// By the sentence's group in the matcher (guarded by `lock`).
    private var byGroup: [Int: [SentenceBinding.Number]] = [:]
    private let lock = Lock()

    /// The numbers of group `group`, found by `find` the first time they are asked for.
    func numbers(ofGroup group: Int, _ find: () -> [SentenceBinding.Number]) -> [SentenceBinding.Number] {
        lock.lock()
        defer { lock.unlock() }
        if let known = byGroup[group] { return known }
        let found = find()
        byGroup[group] = found
        return found
    }
}
