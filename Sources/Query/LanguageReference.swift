import Platform
import Facts

/// What the language offers, for help and completion in the shell.
public enum LanguageReference {
    /// The built-in functions with their signatures and examples.
    public static var builtins: [BuiltinFunction] { Builtins.all }

    /// The fields a value offers (`.target`, `.status` … of an indicator).
    public static func fields(of value: Value) -> [String] { Fields.names(of: value) }

    /// The pipeline steps.
    public static var steps: [String] { Stage.verbs }
}
