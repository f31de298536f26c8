import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process environment, one variable at a time. `ProcessInfo.environment`
/// copies every variable into a dictionary on each call; `getenv` reads one in place.
public enum Environment {
    /// The value of `name`, or nil when it is unset.
    public static func value(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The value of `name` when it is set and not empty.
    public static func nonEmpty(_ name: String) -> String? {
        guard let value = value(name), !value.isEmpty else { return nil }
        return value
    }
}
