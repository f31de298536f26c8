import Testing
import Platform

@Suite("An array written through a buffer")
struct WrittenArrayTests {
    @Test("holds what was written, in order, at the count returned; none when none")
    func holdsWhatWasWritten() {
        let squares = [Int].written(capacity: 10) { buffer in
            for index in 0..<7 { buffer.initializeElement(at: index, to: index * index) }
            return 7
        }
        #expect(squares == [0, 1, 4, 9, 16, 25, 36])
        #expect([Unicode.Scalar].written(capacity: 0) { _ in 0 }.isEmpty)
        // Elements that are references: each is held by the array, and let go by the buffer.
        let words = [String].written(capacity: 3) { buffer in
            for index in 0..<3 { buffer.initializeElement(at: index, to: String(repeating: "tỷ ", count: index + 20)) }
            return 3
        }
        #expect(words.map(\.count) == [60, 63, 66])
    }
}
