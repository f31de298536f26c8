#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error as file descriptors, unbuffered.
/// (Foundation's FileHandle would link the rest of Foundation, and ICU, into
/// baocao for what `read(2)` and `write(2)` do.)
public enum StandardStreams {
    /// Writes all of `text` to standard output, past stdio's buffer.
    public static func writeOutput(_ text: String) { writeAll(text, to: STDOUT_FILENO) }

    /// Writes all of `text` to standard error.
    public static func writeError(_ text: String) { writeAll(text, to: STDERR_FILENO) }

    /// Everything left on standard input, as bytes.
    public static func readAllInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return bytes
            }
        }
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        text.withUTF8Bytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return  // a closed pipe: nothing more can be said
                }
            }
        }
    }
}
