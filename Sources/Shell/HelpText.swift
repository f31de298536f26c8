/// The text of `.help`: enough to learn the language in a minute.
enum HelpText {
    static var overview: String {
        let commands = DotCommands.commands.map { "  \($0.usage.padding(toLength: 46, withPad: " ", startingAt: 0)) \($0.summary)" }
        return """
        Ask the report questions. Examples:
          economy.tourism.revenue                     an indicator: value, target, status, source
          economy.tourism.revenue.target              its 2024 target (also .attainment .status .source)
          1 tỷ đồng + 500 triệu đồng                  unit-aware arithmetic
          economy.budget.revenue in tỷ đồng           convert
          facts | where unit == "ha" | sort value desc | take 5
          search "giải phóng mặt bằng" | count
          let x = economy.tourism.arrivals            bindings last for the session
        Sources: facts, indicators, targets, search "text". Steps: where, sort, take, select, count, sum, avg, min, max, group by.
        Commands:
        \(commands.joined(separator: "\n"))
        Ctrl-C clears the line, Ctrl-D leaves.
        """
    }
}
