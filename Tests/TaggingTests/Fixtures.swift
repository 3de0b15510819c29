import NLPCore

/// Hand-built tagged sentences: `form/UPOS/XPOS/lemma` items separated by spaces.
func taggedSentence(_ text: String) -> Sentence {
    Sentence(
        words: text.split(separator: " ").map { item in
            let parts = item.split(separator: "/").map(String.init)
            return Token(form: parts[0], lemma: parts[3], upos: parts[1], xpos: parts[2])
        })
}

let toyTreebank: [Sentence] = [
    "The/DET/DT/the dog/NOUN/NN/dog barks/VERB/VBZ/bark ./PUNCT/./.",
    "A/DET/DT/a cat/NOUN/NN/cat sleeps/VERB/VBZ/sleep ./PUNCT/./.",
    "The/DET/DT/the dogs/NOUN/NNS/dog walked/VERB/VBD/walk home/ADV/RB/home ./PUNCT/./.",
    "Esper/PROPN/NNP/Esper visited/VERB/VBD/visit Vietnam/PROPN/NNP/Vietnam ./PUNCT/./.",
    "He/PRON/PRP/he went/VERB/VBD/go home/ADV/RB/home ./PUNCT/./.",
    "The/DET/DT/the cats/NOUN/NNS/cat talked/VERB/VBD/talk ./PUNCT/./.",
    "Lich/PROPN/NNP/Lich met/VERB/VBD/meet Esper/PROPN/NNP/Esper ./PUNCT/./.",
].map(taggedSentence)
