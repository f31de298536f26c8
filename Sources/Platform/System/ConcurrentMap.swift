import Dispatch

/// `map` over every core: each item's work is independent, the results come
/// back in the items' order.
public enum ConcurrentMap {
    public static func map<Item, Result>(_ items: [Item], _ transform: (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        return withoutActuallyEscaping(transform) { work in
            let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
            results.initialize(repeating: nil)
            defer {
                _ = results.deinitialize()
                results.deallocate()
            }
            nonisolated(unsafe) let output = results
            nonisolated(unsafe) let run = work
            nonisolated(unsafe) let input = items
            DispatchQueue.concurrentPerform(iterations: items.count) { index in output[index] = run(input[index]) }
            return results.map { $0! }
        }
    }
}
