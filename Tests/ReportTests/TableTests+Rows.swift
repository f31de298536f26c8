import Testing
import Platform
@testable import Report

/// Rows read with what their cells say beyond a figure: a change's verb, a
/// unit, a bound, a verdict, a period of a month or the months up to it.
extension TableTests {
    @Test("line breaks in cells (`<br>`, as converted documents write them) are spaces in names and units")
    func lineBreaks() {
        let document = ReportReader.read(text: """
        | Chỉ tiêu | Đơn vị<br>tính | Thực hiện<br>năm 2025 | So với<br>KH (%) |
        |---|---|---|---|
        | Doanh thu<br/>du lịch | tỷ<br>đồng | 71,5 | 95 |
        """, name: "breaks")
        #expect(document.paragraphs.map { String($0.text) } == ["Doanh thu du lịch đạt 71,5 tỷ đồng, bằng 95% kế hoạch."])
    }

    @Test("a cell of the level to reach (`Giảm còn 2`, `Còn 1,2`, `Tăng lên 95`) is that level, no change; a plan of a change (`Giảm 1`) beside a level says its verb")
    func levelCells() {
        let document = ReportReader.read(text: """
        | Chỉ tiêu | ĐVT | Kế hoạch | Ước thực hiện |
        |---|---|---|---|
        | Tỷ lệ hộ nghèo | % | Giảm còn 2 | 1,86 |
        | Tỷ lệ hộ cận nghèo | % | Còn 1,2 | 1,3 |
        | Tỷ lệ dân số tham gia BHYT | % | Tăng lên 95 | 95,4 |
        | Tỷ lệ hộ nghèo đa chiều | % | Giảm 1 | 2,7 |
        """, name: "levels")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ hộ nghèo ước đạt 1,86% (kế hoạch 2%).",
            "Tỷ lệ hộ cận nghèo ước đạt 1,3% (kế hoạch 1,2%).",
            "Tỷ lệ dân số tham gia BHYT ước đạt 95,4% (kế hoạch 95%).",
            // A plan of a change beside a level done keeps its verb.
            "Tỷ lệ hộ nghèo đa chiều ước đạt 2,7% (kế hoạch giảm 1%).",
        ])
    }

    @Test("a unit that opens on `%` (`% dân số`) closes up to the figure as `%` does, in a change too; another unit follows a space")
    func unitsOpeningOnPercent() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tăng, giảm so cùng kỳ |
        |---|---|---|---|---|---|
        | 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % dân số | 93,2 | 93,8 | +0,9 |
        | 2 | Doanh thu du lịch | tỷ đồng | 70 | 74,1 | +8,2 |
        """, name: "shares")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,8% dân số, tăng 0,9% dân số so với cùng kỳ (kế hoạch 93,2% dân số).",
            "Doanh thu du lịch đạt 74,1 tỷ đồng, tăng 8,2 tỷ đồng so với cùng kỳ (kế hoạch 70 tỷ đồng).",
        ])
    }

    @Test("a row named by a change's verb first (`Giảm tỷ lệ hộ nghèo`) or the rate of a fall (`Tỷ lệ giảm hộ nghèo`) gives the change, said as a name ending on it; growth and a rate of rise are no verb")
    func namesOpeningOnVerb() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |
        |---|---|---|---|---|
        | 1 | Giảm tỷ lệ hộ nghèo | % | 1,5 | 1,8 |
        | 2 | Tăng trưởng kinh tế | % | 8 | 8,4 |
        | 3 | Tỷ lệ giảm hộ nghèo | % | 4 | 4,6 |
        | 4 | Tỷ lệ tăng dân số tự nhiên | % | 1 | 0,9 |
        """, name: "verbs")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ hộ nghèo giảm 1,8% so với cùng kỳ (kế hoạch giảm 1,5%).", "Tăng trưởng kinh tế đạt 8,4% (kế hoạch 8%).",
            "Tỷ lệ hộ nghèo giảm 4,6% so với cùng kỳ (kế hoạch giảm 4%).", "Tỷ lệ tăng dân số tự nhiên đạt 0,9% (kế hoạch 1%).",
        ])
    }

    @Test("values opening on a change's verb (`Giảm 3,4%`) give the change as a name ending on it would; a unit capitalised as a column's first word is said in lower case")
    func valuesOpeningOnVerb() {
        let document = ReportReader.read(text: """
        | STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Đánh giá |
        |---|---|---|---|---|---|
        | 1 | Tỷ lệ hộ nghèo | % | Giảm 2% | Giảm 2,6% | Vượt |
        | 2 | Số thôn đạt chuẩn văn hóa | Thôn | 9 | 10 | Vượt |
        | 3 | Kim ngạch xuất khẩu | Triệu USD | 40 | 41,5 | Vượt |
        """, name: "verbs")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ hộ nghèo giảm 2,6% so với cùng kỳ (vượt kế hoạch) (kế hoạch giảm 2%).",
            "Số thôn đạt chuẩn văn hóa đạt 10 thôn (vượt kế hoạch) (kế hoạch 9 thôn).",
            "Kim ngạch xuất khẩu đạt 41,5 triệu USD (vượt kế hoạch) (kế hoạch 40 triệu USD).",
        ])
    }

    @Test("a bare `Đơn vị` heading the rows' names, with no column of names, names what the rows are; beside one it is the unit")
    func unitsOfAdministration() {
        let places = ReportReader.read(text: """
        | TT | Đơn vị | Dự toán (triệu đồng) | Ước thực hiện (triệu đồng) |
        |---|---|---|---|
        | 1 | Xã Tân Xuân | 1.200 | 1.340 |
        """, name: "places")
        #expect(places.paragraphs.map { String($0.text) } == ["Xã Tân Xuân ước đạt 1.340 triệu đồng (kế hoạch 1.200 triệu đồng)."])
        let targets = ReportReader.read(text: """
        | TT | Chỉ tiêu | Đơn vị | Kế hoạch | Ước thực hiện |
        |---|---|---|---|---|
        | 1 | Trồng rừng | ha | 600 | 640 |
        """, name: "targets")
        #expect(targets.paragraphs.map { String($0.text) } == ["Trồng rừng ước đạt 640 ha (kế hoạch 600 ha)."])
    }

    @Test("a table of something else than targets keeps its numbers, each with what its header calls it")
    func otherTables() {
        let document = ReportReader.read(text: """
        | TT | Tên dự án | Tổng mức đầu tư (tỷ đồng) | Giải ngân<br>năm 2025 (tỷ đồng) | Tỷ lệ (%) |
        |---|---|---|---|---|
        | 1 | Đường trục trung tâm | 120 | 50 | 41,7 |
        """, name: "projects")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Đường trục trung tâm: 120 tỷ đồng (tổng mức đầu tư), 50 tỷ đồng (giải ngân năm 2025), 41,7% (tỷ lệ).",
        ])
    }

    @Test("under rows of places, the row of the whole (`Toàn huyện`, `Tổng cộng`) names each figure before it, as the text would; under projects, a sum does not")
    func wholeRow() {
        let document = ReportReader.read(text: """
        | TT | Đơn vị | Số hộ nghèo (hộ) | Tỷ lệ hộ nghèo (%) |
        |---|---|---|---|
        | 1 | Xã Sơn Thịnh | 212 | 6,4 |
        | | Toàn huyện | 425 | 5,2 |
        | | Tổng cộng | 425 | 5,2 |
        """, name: "places")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Xã Sơn Thịnh: 212 hộ (số hộ nghèo), 6,4% (tỷ lệ hộ nghèo).",
            "Toàn huyện: số hộ nghèo 425 hộ; tỷ lệ hộ nghèo 5,2%.",
            "Tổng cộng: số hộ nghèo 425 hộ; tỷ lệ hộ nghèo 5,2%.",
        ])
        // Under projects, a sum may be some of the report's only: it stays as it was.
        let projects = ReportReader.read(text: """
        | TT | Tên dự án | Tổng mức đầu tư (tỷ đồng) | Giải ngân (tỷ đồng) |
        |---|---|---|---|
        | 1 | Đường trục trung tâm | 120 | 50 |
        | | Tổng cộng | 120 | 50 |
        """, name: "projects")
        #expect(projects.paragraphs.map { String($0.text) }.last == "Tổng cộng: 120 tỷ đồng (tổng mức đầu tư), 50 tỷ đồng (giải ngân).")
    }

    @Test("with no column of what was done, a share or change column follows the value before it, said before what its header calls it")
    func sharesOfOtherValues() {
        let document = ReportReader.read(text: """
        | Đơn vị | Thu ngân sách (tỷ đồng) | So dự toán (%) | Giải ngân vốn đầu tư công (%) |
        |---|---|---|---|
        | Huyện Hòa An | 86,2 | 49,8 | 36,5 |
        | Tổng cộng | 484,8 | 53,0 | 38,6 |
        """, name: "places")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Huyện Hòa An: 86,2 tỷ đồng, bằng 49,8% dự toán (thu ngân sách), 36,5% (giải ngân vốn đầu tư công).",
            "Tổng cộng: thu ngân sách 484,8 tỷ đồng, bằng 53,0% dự toán; giải ngân vốn đầu tư công 38,6%.",
        ])
    }

    @Test("the whole is also `Chung toàn huyện`, `Cả xã`, or under rows of places the kind alone (`Huyện`); a column headed by what it counts (`Số hộ nghèo`) counts it")
    func wholeRowNamedOtherwise() {
        let document = ReportReader.read(text: """
        | TT | Xã, thị trấn | Số hộ nghèo | Tỷ lệ hộ nghèo (%) |
        |---|---|---|---|
        | 1 | Xã Phú Đình | 88 | 9,81 |
        | | Chung toàn huyện | 181 | 2,97 |
        | | Cả huyện | 181 | 2,97 |
        | | Huyện | 181 | 2,97 |
        """, name: "communes")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Xã Phú Đình: 88 hộ nghèo (số hộ nghèo), 9,81% (tỷ lệ hộ nghèo).",
            "Chung toàn huyện: số hộ nghèo 181 hộ nghèo; tỷ lệ hộ nghèo 2,97%.",
            "Cả huyện: số hộ nghèo 181 hộ nghèo; tỷ lệ hộ nghèo 2,97%.",
            "Huyện: số hộ nghèo 181 hộ nghèo; tỷ lệ hộ nghèo 2,97%.",
        ])
        // The kind alone names the whole only under rows of places: under targets it is a row like any.
        let targets = ReportReader.read(text: """
        | TT | Nội dung | Số hộ nghèo |
        |---|---|---|
        | | Huyện | 181 |
        """, name: "contents")
        #expect(targets.paragraphs.map { String($0.text) } == ["Huyện: 181 hộ nghèo (số hộ nghèo)."])
    }

    @Test("columns of places with one of the whole (`Toàn huyện`) or a sum: the whole's figure first, the places' listed after it by name")
    func wholeColumnAmongPlaces() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Chợ Rã | Thượng Giáo | Toàn huyện |
        |---|---|---|---|---|---|
        | 1 | Thu ngân sách trên địa bàn | Triệu đồng | 12.400 | 3.150 | 41.600 |
        """, name: "columns")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách trên địa bàn: toàn huyện 41.600 triệu đồng; các đơn vị: Chợ Rã 12.400 triệu đồng, Thượng Giáo 3.150 triệu đồng.",
        ])
        // With no whole, or a sum's column, columns named as places are listed alike; columns named otherwise are not.
        let sum = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Chợ Rã | Thượng Giáo | Tổng cộng |
        |---|---|---|---|---|---|
        | 1 | Diện tích trồng rừng | ha | 35 | 120 | 155 |
        """, name: "sum")
        #expect(sum.paragraphs.map { String($0.text) } == ["Diện tích trồng rừng: tổng cộng 155 ha; các đơn vị: Chợ Rã 35 ha, Thượng Giáo 120 ha."])
        let projects = ReportReader.read(text: """
        | TT | Dự án | Tổng mức đầu tư | Giải ngân | Tổng cộng |
        |---|---|---|---|---|
        | 1 | Đường trục trung tâm | 120 | 50 | 170 |
        """, name: "projects")
        #expect(projects.paragraphs.map { String($0.text) }.first?.contains("các đơn vị") == false)
    }

    @Test("a row with the period's value and the year's estimate gives both, the year's named as prose would; a share follows the value before it, the plan and the same period's last year the period's value, the plan the year's estimate too")
    func periodAndEstimate() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện 9 tháng | So với KH (%) | Ước thực hiện cả năm | So với KH (%) |
        |---|---|---|---|---|---|---|---|
        | 1 | Thu ngân sách nhà nước | tỷ đồng | 300 | 221,5 | 73,8 | 315 | 105 |
        """, name: "nine-months")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách nhà nước đạt 221,5 tỷ đồng, bằng 73,8% kế hoạch (kế hoạch 300 tỷ đồng); ước cả năm đạt 315 tỷ đồng, bằng 105% kế hoạch (kế hoạch 300 tỷ đồng).",
        ])
        // Last year's same months go with the period's value; last year's whole, with the year's estimate.
        let samePeriod = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | KH năm 2025 | TH 9 tháng | Ước TH cả năm | So KH (%) | Cùng kỳ 2024 |
        |---|---|---|---|---|---|---|---|
        | 1 | Thu ngân sách nhà nước | tỷ đồng | 300 | 221,5 | 315 | 105 | 204 |
        """, name: "same-period")
        #expect(samePeriod.paragraphs.map { String($0.text) } == [
            "Thu ngân sách nhà nước đạt 221,5 tỷ đồng (cùng kỳ năm trước 204 tỷ đồng) (kế hoạch 300 tỷ đồng); ước cả năm đạt 315 tỷ đồng, bằng 105% kế hoạch (kế hoạch 300 tỷ đồng).",
        ])
        let lastYear = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | KH năm 2025 | TH 9 tháng | Ước TH cả năm | Năm trước |
        |---|---|---|---|---|---|---|
        | 1 | Thu ngân sách nhà nước | tỷ đồng | 300 | 221,5 | 315 | 290 |
        """, name: "last-year")
        #expect(lastYear.paragraphs.map { String($0.text) } == [
            "Thu ngân sách nhà nước đạt 221,5 tỷ đồng (kế hoạch 300 tỷ đồng); ước cả năm đạt 315 tỷ đồng (cùng kỳ năm trước 290 tỷ đồng) (kế hoạch 300 tỷ đồng).",
        ])
        // The year's estimate named by its year beside the months' is the whole year's; alone, it is said as written.
        let byYear = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | KH năm 2025 | TH 11 tháng | Ước TH năm 2025 | So sánh ƯTH/KH (%) |
        |---|---|---|---|---|---|---|
        | 1 | Thu ngân sách nhà nước | tỷ đồng | 300 | 281,5 | 315 | 105 |
        """, name: "by-year")
        #expect(byYear.paragraphs.map { String($0.text) } == [
            "Thu ngân sách nhà nước đạt 281,5 tỷ đồng (kế hoạch 300 tỷ đồng); ước cả năm đạt 315 tỷ đồng, bằng 105% kế hoạch (kế hoạch 300 tỷ đồng).",
        ])
        let alone = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | KH năm 2025 | Ước TH năm 2025 | So sánh ƯTH/KH (%) |
        |---|---|---|---|---|---|
        | 1 | Thu ngân sách nhà nước | tỷ đồng | 300 | 315 | 105 |
        """, name: "alone")
        #expect(alone.paragraphs.map { String($0.text) } == ["Thu ngân sách nhà nước ước đạt 315 tỷ đồng, bằng 105% kế hoạch (kế hoạch 300 tỷ đồng)."])
    }

    @Test("a column of rises and falls that names no percent gives the change in the row's unit; a verdict may name the estimate")
    func changesInTheRowsUnit() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025 | Tăng (+), giảm (-) | Ghi chú |
        |---|---|---|---|---|---|---|
        | 1 | Thu ngân sách trên địa bàn | Triệu đồng | 150.200 | 162.040 | +11.840 | Vượt dự toán |
        | 2 | Tỷ lệ hộ nghèo | % | 8,5 | 6,9 | -1,6 | Đạt |
        """, name: "rises")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Thu ngân sách trên địa bàn đạt 162.040 triệu đồng (vượt kế hoạch), tăng 11.840 triệu đồng so với cùng kỳ (cùng kỳ năm trước 150.200 triệu đồng).",
            "Tỷ lệ hộ nghèo đạt 6,9% (đạt kế hoạch), giảm 1,6% so với cùng kỳ (cùng kỳ năm trước 8,5%).",
        ])
    }

    @Test("a row with no unit counts what its name after `Số` counts, and its change in the row's unit is no percentage")
    func countedByItsName() {
        let document = ReportReader.read(text: """
        | Nội dung | Năm 2025 | Năm 2026 | Tăng (+), giảm (-) |
        |---|---|---|---|
        | Số người chết do tai nạn giao thông | 31 | 27 | -4 |
        | Cháy (vụ) | 11 | 8 | -3 |
        | Số lượng cuộc kiểm tra | 12 | 15 | +3 |
        """, name: "counted")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Số người chết do tai nạn giao thông đạt 27 người chết, giảm 4 người chết so với cùng kỳ (cùng kỳ năm trước 31 người chết).",
            "Cháy (vụ) đạt 8 vụ, giảm 3 vụ so với cùng kỳ (cùng kỳ năm trước 11 vụ).",
            "Số lượng cuộc kiểm tra đạt 15, tăng 3 so với cùng kỳ (cùng kỳ năm trước 12).",
        ])
    }

    @Test("a column of one month is that month's (`trong tháng 10`), one of the months up to it the report's (`lũy kế 10 tháng`), whose comparisons follow it")
    func monthAndMonthsUpToIt() {
        let table = """
        | Chỉ tiêu | ĐVT | Kế hoạch năm 2026 | Thực hiện tháng 10 | Lũy kế 10 tháng | So với kế hoạch (%) |
        |---|---|---|---|---|---|
        | Doanh thu du lịch | Tỷ đồng | 260 | 18,2 | 231,4 | 89 |
        """
        let document = ReportReader.read(text: table, name: "months")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Doanh thu du lịch trong tháng 10 đạt 18,2 tỷ đồng; lũy kế 10 tháng đạt 231,4 tỷ đồng, bằng 89% kế hoạch (kế hoạch 260 tỷ đồng).",
        ])
        // A month's report whose table alone counts the months up to it reports those months, as its prose would.
        let report = ReportReader.read(text: "BÁO CÁO\nTình hình kinh tế - xã hội tháng 10 năm 2026\n\n## I. CHỈ TIÊU\n\n" + table + "\n",
                                       name: "month")
        #expect(report.header.period == .months(10))
    }

    @Test("a plan's cell may bound its number (`Không dưới 61,5`, `4 trở lên`): the unit goes after the number, the bound stays")
    func boundedPlans() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | Kế hoạch |
        |---|---|---|---|
        | 1 | Tỷ lệ che phủ rừng | % | Không dưới 61,5 |
        | 2 | Tỷ lệ hộ nghèo giảm | % | 4 trở lên |
        | 3 | Giải quyết việc làm mới | Lao động | Tối thiểu 1.200 |
        | 4 | Ghi chú | | Không có |
        """, name: "bounds")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ che phủ rừng Không dưới 61,5%.",
            "Tỷ lệ hộ nghèo giảm 4% trở lên.",
            "Giải quyết việc làm mới Tối thiểu 1.200 lao động.",
        ])
    }

    @Test("a verdict alone in a column of another name (`Kết quả`, `Ghi chú`) is the verdict")
    func verdictElsewhere() {
        let document = ReportReader.read(text: """
        | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Kết quả |
        |---|---|---|---|---|
        | Doanh thu du lịch | tỷ đồng | 80 | 71,5 | Không đạt |
        | Tổng lượt khách | lượt | 100.000 | 120.000 | Ghi nhận tăng |
        """, name: "verdicts")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Doanh thu du lịch đạt 71,5 tỷ đồng (không đạt kế hoạch) (kế hoạch 80 tỷ đồng).",
            "Tổng lượt khách đạt 120.000 lượt (kế hoạch 100.000 lượt).",
        ])
    }

    @Test("with no year in the report's header, the table's own columns of what was done say which year it reports")
    func yearFromTheTable() throws {
        let document = ReportReader.read(text: """
        | Chỉ tiêu | ĐVT | Thực hiện năm 2024 | Ước thực hiện năm 2025 | Kế hoạch năm 2026 |
        |---|---|---|---|---|
        | Doanh thu du lịch | tỷ đồng | 60 | 71,5 | 85 |
        """, name: "no-header")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Doanh thu du lịch ước đạt 71,5 tỷ đồng (cùng kỳ năm trước 60 tỷ đồng).", "Doanh thu du lịch 85 tỷ đồng.",
        ])
        let plan = try #require(document.paragraphs.last)
        #expect(document.part(of: plan) == .plan)
    }
}
