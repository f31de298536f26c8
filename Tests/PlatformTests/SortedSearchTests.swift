import Testing
import Platform

@Suite("Looking a value up in a sorted collection")
struct SortedSearchTests {
    @Test("holds what a linear search finds, in an array, a slice and none")
    func asLinearSearch() {
        let sorted: [Int32] = [2, 3, 3, 7, 11, 40, 41]
        for value in Int32(0)...45 {
            #expect(sorted.sortedContains(value) == sorted.contains(value), "\(value)")
            #expect(sorted[2..<5].sortedContains(value) == sorted[2..<5].contains(value), "\(value)")
        }
        #expect(![UInt64]().sortedContains(1))
    }
}
