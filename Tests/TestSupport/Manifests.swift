/// Plugin specs as users write them, for the tests that load one.
public enum Manifests {
    /// A valid user plugin: one indicator, an example, a derived indicator.
    public static let transport = """
        namespace = "transport"
        version = "1.0.0"
        baocao = "0.1"
        title_vi = "Giao thông"
        title_en = "Transport"
        description = "Roads."

        [[indicators]]
        key = "roads.repaired_points"
        label_vi = "Điểm sạt lở được sửa chữa"
        unit = "điểm"
        description = "Points repaired."

        [indicators.actual]
        phrases = ["sửa chữa, khắc phục"]
        unit = "count:điểm"

        [[indicators.examples]]
        sentence = "Chỉ đạo sửa chữa, khắc phục trên 35 điểm bị sạt lở."
        yields = "35 điểm"

        [[derived]]
        key = "roads.double"
        label_vi = "Gấp đôi"
        expression = "transport.roads.repaired_points * 2"
        description = "Twice the points."
        """
}
