import Platform

/// Wraps ``NameSuggester`` into the "did you mean …?" hints of error messages.
enum NameSuggesterHint {
    static func didYouMean(_ name: String, in candidates: [String]) -> String? {
        NameSuggester.nearest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }
}
