import FoundationEssentials

/// The XDG base directories baocao uses: state (history), config (init file,
/// plugins), cache (parsed stores). Each falls back to its conventional place under `$HOME`.
public enum BaseDirectories {
    /// `$XDG_STATE_HOME/baocao`, else `~/.local/state/baocao`.
    public static var state: String? { folder("XDG_STATE_HOME", fallback: ".local/state") }

    /// `$XDG_CONFIG_HOME/baocao`, else `~/.config/baocao`.
    public static var config: String? { folder("XDG_CONFIG_HOME", fallback: ".config") }

    /// `$XDG_CACHE_HOME/baocao`, else `~/.cache/baocao` (the parsed-store cache).
    public static var cache: String? { folder("XDG_CACHE_HOME", fallback: ".cache") }

    private static func folder(_ variable: String, fallback: String) -> String? {
        if let base = Environment.nonEmpty(variable) { return base + "/baocao" }
        if let home = Environment.nonEmpty("HOME") { return "\(home)/\(fallback)/baocao" }
        return nil
    }
}
