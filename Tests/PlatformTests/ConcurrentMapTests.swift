import Testing
import Platform
import Synchronization

/// `ConcurrentMap.map` gives every result in the items' order, and keeps none of them.
@Suite("Work over every core")
struct ConcurrentMapTests {
    final class Counted: Sendable {
        static let alive = Atomic<Int>(0)
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.alive.add(1, ordering: .relaxed)
        }
        deinit { Self.alive.subtract(1, ordering: .relaxed) }
    }

    @Test("results come back in order, and are released with the array that holds them")
    func orderAndRelease() {
        do {
            let results = ConcurrentMap.map(Array(0..<200)) { Counted($0 * 2) }
            #expect(results.map(\.value) == Array(0..<200).map { $0 * 2 })
            #expect(Counted.alive.load(ordering: .relaxed) == 200)
        }
        #expect(Counted.alive.load(ordering: .relaxed) == 0)
        #expect(ConcurrentMap.map([Int]()) { $0 }.isEmpty)
        #expect(ConcurrentMap.map([7]) { $0 + 1 } == [8])
    }
}
