import Foundation

/// The XDG base directories baocao uses: state (history), config (init file,
/// plugins). Each falls back to its conventional place under `$HOME`.
enum BaseDirectories {
    /// `$XDG_STATE_HOME/baocao`, else `~/.local/state/baocao`.
    static var state: String? { folder("XDG_STATE_HOME", fallback: ".local/state") }

    /// `$XDG_CONFIG_HOME/baocao`, else `~/.config/baocao`.
    static var config: String? { folder("XDG_CONFIG_HOME", fallback: ".config") }

    private static func folder(_ variable: String, fallback: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let base = environment[variable], !base.isEmpty { return base + "/baocao" }
        if let home = environment["HOME"], !home.isEmpty { return "\(home)/\(fallback)/baocao" }
        return nil
    }
}
