import Platform

/// The paragraphs a table's rows of what was done became, and the header of
/// their column: kept while a report is read, so that rows standing in the
/// plan part move to a section of results once sections' meanings are known
/// (``DocumentBuilder/placeTableResults()``).
struct TableResults {
    var paragraphs: Range<Int>
    var heading: MarkdownTable.Cell
}
