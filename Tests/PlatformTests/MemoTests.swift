import Testing
import Dispatch
import Platform

/// A memo makes each key's value once, however many callers ask, and from whatever threads.
@Suite("Values made once a key")
struct MemoTests {
    /// Counts the values made (under its own lock: the makers run on several threads).
    final class Counter: @unchecked Sendable {
        private let lock = Lock()
        private var made: [Int: Int] = [:]
        func count(_ key: Int) { lock.lock(); made[key, default: 0] += 1; lock.unlock() }
        var counts: [Int: Int] { lock.lock(); defer { lock.unlock() }; return made }
    }

    @Test("each key's value is made once and kept, from many threads at once; other keys get their own")
    func madeOnce() {
        let memo = Memo<Int, String>()
        let counter = Counter()
        let answers = Counter()
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            let key = index % 7
            let value = memo.value(for: key) { counter.count(key); return "value \(key)" }
            if value == "value \(key)" { answers.count(key) }
        }
        #expect(counter.counts == Dictionary(uniqueKeysWithValues: (0..<7).map { ($0, 1) }))
        #expect(answers.counts.values.reduce(0, +) == 400)
        #expect(memo.value(for: 3) { "made again" } == "value 3")
    }
}
