/// Word lists for the tokenizer's rules, lower case, without the final period.
enum Abbreviations {
    /// Words that keep their final period: titles, months, days, company and other abbreviations.
    static let known: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "capt", "sgt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "supt", "st", "ft", "mt", "jr", "sr", "messrs", "mmes", "fr", "atty",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "llc", "bros", "assn", "dept", "univ", "ave", "blvd", "rd", "hwy",
        "vs", "etc", "approx", "est", "fig", "vol", "vols", "ed", "eds", "pp", "cf", "al", "yrs", "attn", "arrv", "ext", "pop", "v",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "drs", "ps", "pvt", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo",
    ]

    /// Titles and other abbreviations that rarely end a sentence, even before a capital.
    static let beforeName: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "capt", "sgt", "maj",
        "adm", "cmdr", "rev", "hon", "pres", "supt", "st", "ft", "mt", "messrs", "fr", "atty", "vs", "drs", "ps", "p.s",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that often start a sentence; a dotted abbreviation (`U.S.`) before one ends a sentence.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "we", "they", "i", "you", "this", "that", "these", "there", "but",
        "and", "in", "on", "at", "if", "when", "as", "so", "his", "her", "their", "our", "my", "its",
    ]

    /// Prefixes after which EWT keeps a hyphenated word whole (`non-stop`, `e-mail`, `anti-war`).
    static let hyphenPrefixes: Set<String> = [
        "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "neo",
        "cross", "un", "vice", "micro", "intra", "inter", "counter", "socio", "psycho", "meh", "x", "t",
    ]

    /// Words split into two without an apostrophe: (word, length of the first part).
    static let fused: [String: Int] = [
        "cannot": 3, "gonna": 3, "gotta": 3, "wanna": 3, "dont": 2, "didnt": 3, "doesnt": 4, "cant": 2, "wont": 2,
        "isnt": 2, "arent": 3, "wasnt": 3, "havent": 4, "hasnt": 3, "couldnt": 5, "wouldnt": 5, "shouldnt": 6,
        "im": 1, "ive": 1, "youre": 3, "thats": 4, "theres": 5, "hes": 2,
    ]
}
