import Platform

/// Where output goes: standard output for results, standard error for errors.
public enum Output {
    public static func standard(_ text: String) {
        StandardStreams.writeOutput(text + "\n")
    }

    public static func error(_ text: String) {
        StandardStreams.writeError(text + "\n")
    }
}
