#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A POSIX mutex with its condition variable: the lock of the resolver's and
/// the rule matcher's lazily filled caches, and the hand-over of the start-up
/// prefetch. (Foundation's NSLock and NSCondition would link the rest of
/// Foundation, and ICU, into baocao; Synchronization's Mutex needs macOS 15.)
public final class Lock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    public init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }
    /// Waits, the lock held, until another thread broadcasts.
    public func wait() { pthread_cond_wait(condition, mutex) }
    /// Wakes every thread waiting on the lock.
    public func broadcast() { pthread_cond_broadcast(condition) }
}
