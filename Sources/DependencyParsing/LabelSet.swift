/// The dependency labels a parser knows (UD relations with subtypes, plus lifted labels such as
/// `obl||nmod`), numbered in first-seen order of the training data.
struct LabelSet: Sendable, Equatable {
    private(set) var names: [String] = []
    private var numbers: [String: Int] = [:]

    init() {}

    init(names: [String]) {
        for name in names { _ = insert(name) }
    }

    var count: Int { names.count }

    func number(of name: String) -> Int? { numbers[name] }

    mutating func insert(_ name: String) -> Int {
        if let number = numbers[name] { return number }
        numbers[name] = names.count
        names.append(name)
        return names.count - 1
    }
}
