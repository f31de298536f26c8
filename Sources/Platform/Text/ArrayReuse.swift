/// Reusing an array's storage from one paragraph or sentence to the next,
/// where the extractor had allocated new arrays for each (allocations were a
/// tenth of an ingest's time).
extension Array {
    /// The array's elements, leaving it empty. What is taken is held only by
    /// the caller, so writing to it does not copy it.
    public mutating func takeAll() -> [Element] {
        var taken: [Element] = []
        swap(&taken, &self)
        return taken
    }

    /// Grows or cuts the array to `count` elements, keeping its storage;
    /// growing writes `filler`. Callers size an array for the most elements
    /// they may write, write them through a buffer, then cut it to those written.
    public mutating func resize(to count: Int, filling filler: Element) {
        if self.count < count {
            append(contentsOf: repeatElement(filler, count: count - self.count))
        } else {
            removeLast(self.count - count)
        }
    }
}
