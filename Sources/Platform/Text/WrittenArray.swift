/// An array written through a buffer, made where the standard library's own
/// `init(unsafeUninitializedCapacity:initializingWith:)` is slow: that
/// initialiser reaches an allocation the library does not specialise, which
/// looks the storage's type up by its generic argument at every call (about
/// 550 instructions), where reserving room in an empty array does not.
extension Array {
    /// The elements `body` writes into room for `capacity` of them, returning
    /// how many it wrote: written on the stack (or the heap, if many), then
    /// copied into an array reserved at their count.
    @inlinable
    public static func written(capacity: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Int) -> [Element] {
        withUnsafeTemporaryAllocation(of: Element.self, capacity: capacity) { buffer in
            let count = body(buffer)
            defer { buffer.baseAddress?.deinitialize(count: count) }
            var array: [Element] = []
            array.reserveCapacity(count)
            array.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            return array
        }
    }
}
