import Testing
@testable import Shell

@Suite("The start-up prefetch loads only what the command line will use")
struct StartupPrefetchTests {
    @Test("another report, no cache or a command that loads no report: nothing is prefetched",
          arguments: [["--report", "other.md"], ["--report=other.md", "-c", "1"], ["--no-cache"],
                      ["plugin", "check", "x.toml"], ["docs", "indicators"], ["--help"], ["--version"]])
    func declines(_ arguments: [String]) {
        StartupPrefetch.startIfUseful(arguments: arguments)
        // Nothing was started, so nothing is handed over and nothing is waited for.
        #expect(StartupPrefetch.take() == nil)
    }
}
