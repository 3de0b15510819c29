/// Nouns (lemmas) that name events: a concept headed by one is also a `schema:Event`
/// (`the bilateral talks`, `a grand ceremony`, `the first expedition`).
enum EventNouns {
    static let lemmas: Set<String> = [
        "visit", "trip", "tour", "talk", "talks", "negotiation", "meeting", "summit", "conference", "forum", "session",
        "ceremony", "reception", "celebration", "anniversary", "festival", "parade", "inauguration", "funeral",
        "wedding", "election", "referendum", "vote", "campaign", "war", "battle", "attack", "invasion", "strike",
        "protest", "demonstration", "riot", "coup", "drill", "expedition", "match", "game", "tournament",
        "championship", "race", "concert", "exhibition", "trial", "earthquake", "flood", "storm", "hurricane",
        "typhoon", "explosion", "crash", "accident", "pandemic", "outbreak", "event", "dialogue",
    ]
}
