#if canImport(Glibc)
import Glibc
import CMalloc
#endif

/// Room on the heap, backed by huge pages, for ingesting a large text.
///
/// Reading a text and extracting its facts writes three to four times the
/// text's size in memory new to the process: the document's records (its
/// paragraphs are slices of the text, not copies), then the facts, sentences
/// and references. In 4 KB pages that is a page fault every 4 KB, and a
/// page-table walk for much of what it touched. Linux backs memory with 2 MB pages only where a program asks
/// (`transparent_hugepage` is `madvise` on most systems), and glibc's malloc
/// asks only when an environment variable tells it to
/// (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`), which a program cannot set for
/// itself.
///
/// So, before a large text is read, the heap is grown by the room the ingest
/// will take, and that room is advised for huge pages: blocks of that size in
/// all are allocated and freed at once, malloc keeps them as the top of its
/// heap, and the ingest's allocations are carved from it. For this, malloc is
/// told once to give no freed memory back to the system, and to take blocks
/// of up to 32 MB from the heap (not from mappings of their own). baocao
/// ingests its reports, then answers queries until it exits, so it holds
/// little it would have given back.
///
/// What it gives corpora of each size is in docs/PERFORMANCE.md. On other
/// systems and C libraries, and for texts under a megabyte (a report),
/// nothing is done.
/// Pages of the room never touched are never taken. It is asked for on the
/// main thread: a thread's own heap is unmapped, advice and all, whenever it
/// is wholly free, whatever malloc was told.
public enum IngestArena {
    /// The smallest text given room: below this an ingest's memory is a few huge pages at most.
    public static let threshold = 1 << 20
    /// Room a text's byte is given: three to four bytes are written per byte of the text, and some more in passing.
    public static let bytesPerTextByte = 6

    /// Makes room for ingesting `textBytes` bytes of text, if that is large:
    /// `ReportReader` asks for each text it reads, a loader of several
    /// reports for all of them before the first.
    /// Returns the address ranges advised (for tests to find in `/proc/self/smaps`).
    @discardableResult
    public static func reserve(forTextBytes textBytes: Int) -> [Range<Int>] {
        var advised: [Range<Int>] = []
        #if canImport(Glibc) && os(Linux)
        guard textBytes >= threshold else { return [] }
        let (room, overflow) = textBytes.multipliedReportingOverflow(by: bytesPerTextByte)
        guard !overflow else { return [] }
        lock.lock()
        defer { lock.unlock() }
        if !configured {
            // Freed memory stays in the heap, and blocks up to the most glibc
            // allows (32 MB) come from it, not from mappings of their own.
            _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
            _ = mallopt(M_MMAP_THRESHOLD, Int32(largestFromHeap))
            configured = true
        }
        // The room in blocks under that bound, which malloc takes from the top
        // of the heap, growing it; freed, they join its top again.
        var blocks: [UnsafeMutableRawPointer] = []
        for _ in 0..<((room + blockSize - 1) / blockSize) {
            guard let taken = malloc(blockSize) else { break }
            blocks.append(taken)
        }
        // Blocks one after another (they are, from the top of the heap) are advised as one run.
        var run: (start: Int, end: Int)?
        for taken in blocks.map({ Int(bitPattern: $0) }).sorted() {
            if let current = run, taken - current.end <= 64 {
                run = (current.start, taken + blockSize)
            } else {
                if let current = run { advised += adviseHugePages(current.start..<current.end) }
                run = (taken, taken + blockSize)
            }
        }
        if let current = run { advised += adviseHugePages(current.start..<current.end) }
        blocks.forEach { free($0) }
        #endif
        return advised
    }

    #if canImport(Glibc) && os(Linux)
    /// The largest block malloc can be told to take from its heap (glibc's bound on `M_MMAP_THRESHOLD`).
    private static let largestFromHeap = 32 << 20
    /// The room is taken in blocks of half that.
    private static let blockSize = largestFromHeap / 2

    /// Asks for huge pages for the whole ones within the addresses `range`;
    /// returns what was advised.
    private static func adviseHugePages(_ range: Range<Int>) -> [Range<Int>] {
        let hugePage = 2 << 20
        let first = (range.lowerBound + hugePage - 1) & ~(hugePage - 1), end = range.upperBound & ~(hugePage - 1)
        guard end > first, let pointer = UnsafeMutableRawPointer(bitPattern: first),
              madvise(pointer, end - first, MADV_HUGEPAGE) == 0 else { return [] }
        return [first..<end]
    }

    private static let lock = Lock()
    nonisolated(unsafe) private static var configured = false
    #endif
}
