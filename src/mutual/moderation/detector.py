"""Crisis language in English, Spanish and French: a post that may come from someone in
danger is held for a person to read, and its author is shown where to get help now.

What is held: the writer's own risk now, in the first person: wishes and intent ("I want to
end it all", "no quiero seguir viviendo", "je veux en finir"), plans and means ("I've been
saving up pills", "me compré una cuerda"), self-harm now, goodbyes ("this is my last post",
"quand vous lirez ce message…"), and the quieter warning signs when several come together
(hopelessness, a time or a decision, giving things away, a sudden calm).
What is not held: recovery told in the past ("two years ago I tried…", "hace dos años…",
"il y a deux ans…"), idioms ("this commute is killing me", "me muero de risa", "je meurs de
faim"), negations ("I would never hurt myself", "no quiero morir"), questions about help and
safety plans ("what number do I call if I ever feel suicidal?"), news, books and films,
general statements ("suicidal thoughts are common in depression"), and grief.
Someone else at risk ("my son said he wants to die", a quoted "I want to end it all", "mon
frère dit qu'il va se tuer") is not held either: the writer is asking for help, and holding
their post would keep them from the group when they need it. The assessment then comes back
with `about_someone_else=True`, so a caller may show the crisis card without holding anything.

How it works, without any model: the text is lower-cased, accents folded, contractions, elisions
and texting forms written out ("im", "dont", "jveux", "q", "kiero"), then cut into sentences and
clauses (a turn such as "but now…" starts a new clause, so a suppressor in one clause never
cancels a risk in another). Each language has concept lists (`terms`: ways to say dying, acts
against oneself, medicines, places, family) combined by rules with the writer's own cues (want,
going to, keep thinking about, have decided; quiero, voy a, pienso en; je veux, je vais, j'ai
envie de), so "I'm seriously considering overdosing" is found without being written down. A
second reading looks for what rarely says "die" at all: a means at hand (pills counted or
gathered, a rope, a gun, blades, a height, a train, a car into a truck) in a post where the
writer speaks of themselves or asks whether it is "enough" or "painful"; a goodbye ("see you on
the other side", "c'est mon dernier message", "no volveré"); affairs put in order (letters to
the children, the will, the dog given away, "todo atado"), held with a goodbye, a day, a secret
or a second such act; a day chosen ("tonight is the night", "hoy es el día") and wanting to join
someone who died. A rule's match is dropped when, in its own clause, a negation governs it, the
nearest subject before it is someone else, it is quoted or reported, the clause tells of the
past (or of a past the post says is over), it is a hypothetical question or a "what if I ever…"
plan, or it sits in an idiom. What is left weighs 1 to 3 in a family (intent, self-harm, method,
goodbye; and the weak ones: farewell, for thanks and love, and hopeless, each counted to 2 at
most, and plan, for a time or a decision, which counts only beside something more than
hopelessness). A post is held when some passage of up to five sentences adds up to 3: an
explicit wish or act alone, weaker signs only together. Death words with the writer as their
subject weigh 2 where no rule matched, and "do it again" weighs 3 once a risk was named anywhere
in the post. Each rule is indexed by a word it cannot match without, so a clause runs only a
few: a typical 300-character post takes about 0.4 ms, 20,000 characters 8-12 ms (up to about 20
ms when every sentence is full of words of risk).
Recall matters more than precision here: a held post costs a moderator a minute, a missed one
may cost far more.

How good it is. The labelled set (data/crisis_sentences.jsonl: 1,676 sentences, a third each
in English, Spanish and French, 41 % crisis) was written in batches (its `set` field). The
rules now score precision 0.99 and recall 0.98 on all of it (held-out 1 after the rules were
fitted to it: 0.94 and 0.91; its misses are mostly hopelessness and trips planned in
secret, its false holds French and Spanish denials) (`mutual crisis-check evaluate`),
but that is text they were fitted to and says nothing about new posts. The honest figures are
how each batch scored the first time it was run, before any rule was changed for it:
  - with the earlier phrase rules: batch 2 precision 0.75, recall 0.21; batch 3 0.79 and 0.28;
    batch 4 0.93 and 0.54; batch 5 1.00 and 0.29;
  - with these rules, batches 6-11, written to probe indirect wording ("I've got the pills
    sorted and I'm at peace with it", "je passe mes nuits à regarder le vide"): 0.75/0.13,
    0.77/0.42, 0.90/0.38, 0.67/0.08, 0.75/0.38, 1.00/0.29; together precision 0.82, recall 0.28;
  - batches 12-17, written as ordinary members write, direct and indirect mixed: 1.00/0.67,
    0.80/0.50, 1.00/0.54, 1.00/0.83, 0.94/0.67, 1.00/0.42; together precision 0.96, recall 0.60;
  - held-out 1 (independent, before it was seen): precision 0.80, recall 0.50 (method talk
    0.21, plans 0.46, goodbyes 0.42), which led to the second reading; then batch 18, written
    for its families (means, goodbyes, affairs, a chosen day, with recovery, safety plans,
    news and ordinary errands against them), before its rules: precision 0.82, recall 0.30.
  - held-out 2 (data/crisis_sentences_heldout_2.jsonl: 300 sentences written apart from the
    rules and the other sentences, measured once with the rules as they stand and kept out of
    the labelled set): precision 0.89, recall 0.60 (English 0.94/0.73, Spanish 0.87/0.65,
    French 0.85/0.43; intent 0.88, hopelessness 0.71, method 0.50, goodbyes 0.50, plans 0.42).
Except the held-out sets, all batches were written by the author of the rules, who could not
help knowing them; the held-out sets show that the fitted figures overstate recall by a third
to a half. So on new posts expect about three in five crises to be held: plainly worded
ones far more often than implicit ones (goodbyes without a word of death, "the kitchen knives look
different lately"), with few false holds. It is a first net: reports by members and
facilitators remain the main way a post in danger reaches a moderator. To improve it, write
a new batch without looking at the rules, measure it with `--file`, note its first figures
here, then fix the rules as concepts rather than phrases and merge the batch.
"""

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SENTENCES = Path(__file__).parent / "data" / "crisis_sentences.jsonl"


@dataclass(frozen=True)
class Assessment:
    flagged: bool
    reasons: list[str] = field(default_factory=list)
    about_someone_else: bool = False


# --- normalisation -------------------------------------------------------------------------

_PUNCTUATION = {
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"',
    "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u2026": ".", "-": " ", "\u2013": " ",
    "\u2014": " ", "_": " ", "*": " ", "(": " , ", ")": " , ", "\u00bf": " ", "\u00a1": " ",
    "\u0153": "oe", "\u00e6": "ae", "\u00df": "ss", "/": " ", "&": " and ", "+": " ",
}

_SHORT_FORMS = {
    # English contractions, and the same written without the apostrophe.
    "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'd": "i would",
    "i'll": "i will", "can't": "can not", "cant": "can not", "cannot": "can not",
    "won't": "will not", "wont": "will not", "don't": "do not", "dont": "do not",
    "doesn't": "does not", "doesnt": "does not", "didn't": "did not", "didnt": "did not",
    "isn't": "is not", "isnt": "is not", "aren't": "are not", "arent": "are not",
    "wasn't": "was not", "wasnt": "was not", "weren't": "were not", "werent": "were not",
    "wouldn't": "would not", "wouldnt": "would not", "couldn't": "could not",
    "couldnt": "could not", "shouldn't": "should not", "shouldnt": "should not",
    "haven't": "have not", "havent": "have not", "hasn't": "has not", "hasnt": "has not",
    "ain't": "am not", "it's": "it is", "thats": "that is", "that's": "that is",
    "there's": "there is", "theres": "there is", "what's": "what is", "whats": "what is",
    "you're": "you are", "youre": "you are", "they're": "they are", "theyre": "they are",
    "we're": "we are", "he's": "he is", "she's": "she is", "you'll": "you will",
    "they'll": "they will", "they'd": "they would", "he'll": "he will", "she'll": "she will",
    "nobody'd": "nobody would", "everyone'd": "everyone would", "it'll": "it will",
    "would've": "would have", "could've": "could have", "should've": "should have",
    # English texting forms and frequent misspellings.
    "wanna": "want to", "wana": "want to", "gonna": "going to", "gotta": "got to",
    "imma": "i am going to", "tryna": "trying to", "kinda": "kind of", "sorta": "sort of",
    "dunno": "do not know", "u": "you", "ur": "your", "r": "are", "rn": "right now",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tomoro": "tomorrow", "tomorow": "tomorrow",
    "2moro": "tomorrow", "tonite": "tonight", "2nite": "tonight", "2night": "tonight",
    "nite": "night", "cuz": "because", "coz": "because", "bc": "because", "pls": "please",
    "plz": "please", "ppl": "people", "noone": "no one", "alot": "a lot",
    "kms": "kill myself", "kys": "kill yourself", "myslef": "myself",
    "suicde": "suicide", "sucide": "suicide", "suiside": "suicide", "suicied": "suicide",
    "sewerslide": "suicide", "sucidal": "suicidal", "suicidle": "suicidal",
    "suisidal": "suicidal", "wnat": "want", "pils": "pills", "tho": "though",
    # Spanish texting forms.
    "q": "que", "k": "que", "ke": "que", "qe": "que", "xq": "porque", "pq": "porque",
    "porq": "porque", "xk": "porque", "x": "por", "d": "de", "tb": "tambien",
    "tmb": "tambien", "toy": "estoy", "kiero": "quiero", "qiero": "quiero",
    "kieres": "quieres", "aki": "aqui", "nunk": "nunca", "xfa": "por favor",
    "porfa": "por favor", "pa": "para", "sta": "esta", "tqm": "", "suisidarme": "suicidarme",
    "sucidarme": "suicidarme",
    # French texting forms (elisions are written out below).
    "jveux": "je veux", "jvais": "je vais", "jsuis": "je suis", "jsui": "je suis",
    "chui": "je suis", "chuis": "je suis", "jpeux": "je peux", "jpeu": "je peux",
    "jai": "je ai", "g": "je ai", "jme": "je me", "jte": "je te", "jpense": "je pense",
    "jcrois": "je crois", "jsais": "je sais", "jsai": "je sais", "jsp": "je sais pas",
    "jfais": "je fais", "jen": "je en", "jmen": "je me en", "jarrive": "je arrive",
    "jpourrais": "je pourrais", "jvoudrais": "je voudrais", "c": "ce est", "ct": "ce etait",
    "tt": "tout", "tjrs": "toujours", "tjs": "toujours", "bcp": "beaucoup", "qd": "quand",
    "qnd": "quand", "mm": "meme", "vrmt": "vraiment", "mtn": "maintenant",
    "mnt": "maintenant", "ajd": "aujourd'hui", "auj": "aujourd'hui", "dmain": "demain",
    "mourrir": "mourir", "mourire": "mourir", "sucider": "suicider", "envi": "envie",
    "veu": "veux", "mdr": "", "ptdr": "", "pcq": "parce que", "pck": "parce que",
}
_TOKENS = re.compile(r"([a-z0-9']+)")
_NT = re.compile(r"n't\b")
_ELIDED = {"j": "je ", "m": "me ", "t": "te ", "s": "se ", "n": "ne ", "l": "le ", "d": "de ",
           "c": "ce ", "qu": "que ", "jusqu": "jusque ", "lorsqu": "lorsque ",
           "puisqu": "puisque "}
# Phrases that turn a negation into "keep on": "I can't stop thinking about…".
_KEEP_ON = re.compile(
    r"\b(?:can not (?:stop|help)|could not stop|no (?:puedo dejar de|dejo de|paro de|consigo "
    r"dejar de)|ne (?:arrete pas de|arrete plus de|peux pas (?:me empecher de|arreter de)))\b"
)
_KEEP_ON_WORDS = re.compile(r"stop|help|dejar|dejo|paro|arrete|empecher")
# Each rewrite runs only on a text containing its first string.
_SPELLING = [
    ("any more", re.compile(r"\bany more\b"), "anymore"),
    ("my self", re.compile(r"\bmy self\b"), "myself"),
    ("je peu ", re.compile(r"\bje peu\b"), "je peux"),
    ("de plus en plus", re.compile(r"\bde plus en plus\b"), "toujours"),
    # "Je ne pense qu'à…" is "I think only of…", not a negation.
    (" que ", re.compile(r"\bne (pense|veux|reve|songe|fais|vis|attends) que\b"), r"\1 seulement"),
    # "Non-stop" is not a negation.
    ("sans ", re.compile(r"\bsans (?:arret|cesse|relache)\b"), "toujours"),
    ("sin ", re.compile(r"\bsin (?:parar|cesar|descanso)\b"), "siempre"),
    # "Does anyone else…" is how a member says "I … too" in a support group.
    (" else", re.compile(r"\b(?:does |do |is there |are there )?(?:anyone|anybody) else\b"),
     "i too"),
    (" mas", re.compile(r"\b(?:alguien|alguno|alguna) mas\b"), "yo tambien"),
    ("autre", re.compile(r"\bquelqu un de autre\b"), "moi aussi"),
]
_SINGLE_QUOTE = re.compile(r"(?<![a-z])'|'(?![a-z])")
_NOISE = re.compile(r"[^a-z0-9\",:.!?;\n ]+")


def normalise(text: str) -> str:
    """Lower-case ASCII words, contractions and elisions written out, and the punctuation
    that separates sentences and clauses kept."""
    text = text.lower()
    for char, replacement in _PUNCTUATION.items():
        if char in text:
            text = text.replace(char, replacement)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    if "'" in text:
        text = _SINGLE_QUOTE.sub('"', text)
    text = "".join([_SHORT_FORMS.get(token, token) for token in _TOKENS.split(text)])
    if "'" in text:
        text = _expand_elisions(_NT.sub(" not", text))
    text = text.replace(",", " , ").replace(":", " : ").replace('"', ' " ')
    text = _NOISE.sub(" ", text)
    for needle, pattern, replacement in _SPELLING:
        if needle in text:
            text = pattern.sub(replacement, text)
    if _KEEP_ON_WORDS.search(text):
        text = _KEEP_ON.sub("keep", text)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def _expand_elisions(text: str) -> str:
    """French elisions written out: "j'ai" → "je ai", "qu'il" → "que il"."""
    pieces = text.split("'")
    out = [pieces[0]]
    for piece in pieces[1:]:
        before = out[-1]
        word = before[len(before.rstrip("abcdefghijklmnopqrstuvwxyz")):]
        if word in _ELIDED:
            out[-1] = before[: len(before) - len(word)] + _ELIDED[word]
            out.append(piece.lstrip(" "))
        else:
            out[-1] = before + " " + piece
    return "".join(out)


_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
_TRIM = " .!?;\n"
# A turn to the present starts a new clause, so "years ago…" or "never…" before it stays put.
_CLAUSE_BREAK = re.compile(
    r"\b(?:but|however|though|although|yet|and now|and yet|except|pero|sin embargo|aunque|"
    r"y ahora|mas ahora|mais|cependant|pourtant|et maintenant|sauf que|alors que)\b"
    r"| , (?=(?:and )?(?:now|today|tonight|these days|lately|this time|ahora|hoy|esta noche|"
    r"ultimamente|esta vez|maintenant|aujourd hui|ce soir|en ce moment|cette fois)\b)"
)


# --- what each language's rules are made of ---------------------------------------------------


# A person named after one of these is an object ("to my son"), not the one who speaks.
_PREPOSITIONS = frozenset({
    "to", "for", "with", "at", "from", "about", "of", "by", "without", "like", "a", "pour",
    "avec", "de", "chez", "sans", "par", "para", "con", "por", "sin", "contra", "entre",
})
_POSSESSIVES = frozenset({
    "my", "our", "his", "her", "their", "your", "the", "a", "mi", "mis", "su", "sus", "nuestro",
    "nuestra", "el", "la", "un", "una", "mon", "ma", "mes", "son", "sa", "ses", "notre", "le",
    "une", "tu", "ton", "ta",
})


# Words by which a phrase names its writer, in any of the three languages.
_WRITER_WORDS = frozenset({
    "i", "me", "my", "myself", "mine", "yo", "mi", "mis", "conmigo", "je", "moi", "mon", "ma",
    "mes",
})


def _names_writer(phrase: str) -> bool:
    """Whether `phrase` names its writer ("kill myself", "matarme", "me tuer")."""
    return any(word in _WRITER_WORDS or word.endswith("rme") for word in phrase.split())


# Words that make a phrase negative in itself ("no reason to live", "plus de raison de
# vivre"): the "ne" before it belongs to it.
_NEGATIVE = frozenset({
    "not", "no", "never", "nobody", "nothing", "nadie", "nada", "nunca", "sin", "ninguna",
    "ningun", "ne", "pas", "plus", "jamais", "aucune", "aucun", "sans", "personne", "rien",
})
# Whom a goodbye is written to.
_ADDRESSED = frozenset({"you", "vous", "tu", "te", "os", "usted", "ustedes", "everyone", "all"})
# After a possessive ("Plath's writing"), these are someone's work, not the writer speaking.
_WORKS = frozenset({
    "writing", "book", "books", "song", "songs", "poem", "poems", "story", "stories", "film",
    "films", "words", "letter", "diary", "post", "posts", "tweet", "video", "lyrics", "novel",
    "essay", "quote", "character", "play", "show", "music", "art",
})


@dataclass(frozen=True)
class Lexicon:
    """One language's rules. Patterns may name a concept of `terms` as <NAME>; each rule is
    (family, weight, pattern).

    `evident` rules speak of the writer by their words ("kill myself", "matarme");
    `subject` rules need the nearest person before them to be the writer ("want to die");
    `soft` rules are goodbyes that ordinary leave-taking (`not_goodbye`) cancels;
    `again` patterns refer back ("do it again") and weigh 3 only after a risk was named;
    `backoff` words of death weigh 2 in a clause no other rule matched, when the writer is
    its subject and it is not `fear` of dying;
    `others` are someone else's risk now, `losses` someone else's death (neither is held).

    What drops a match: `idioms` (erased first), `negations` within a few words before it
    (up to `scope_breaks`), a `past` framing in its clause (unless `ongoing`), a past tense
    (`past_tense`) in a post that tells of `recovered`, someone else's words (`reporting`),
    a `hypothetical` question, a "what if I ever" plan (`someday`), a `general` statement,
    `benign` context for means, and, for `subject` rules, a nearest person in
    `other_person` or `news` rather than `first_person`; `writer` is the subject pronoun."""

    terms: dict[str, str]
    evident: list[tuple[str, int, str]]
    subject: list[tuple[str, int, str]]
    soft: list[tuple[str, int, str]]
    again: str
    backoff: str
    fear: str
    others: str
    losses: str
    idioms: str
    not_goodbye: str
    benign: str
    negations: frozenset[str]
    scope_breaks: str
    ongoing: str
    past: str
    past_tense: str
    recovered: str
    reporting: str
    someday: str
    general: str
    writer: str
    first_person: frozenset[str]
    other_person: frozenset[str]
    news: frozenset[str]
    hypothetical: str


# Medicine names beyond the common ones: sertraline, lorazepam, citalopram, quetiapine...
_DRUG_NAME = (
    r"[a-z]+(?:ine|ines|ina|inas|pam|lam|pram|pine|faxine|xetine|done|morphone|azine|ium|"
    r"zolam|azepam|triptyline|barbital|codeine|profen|amol|adol|azone|ipine|clone|clona|olol|"
    r"pril|oxone)"
)

_EN_KIN = (
    r"(?:kids|children|son|sons|daughter|daughters|family|parents|mum|mom|mother|dad|father|"
    r"wife|husband|partner|boyfriend|girlfriend|sister|sisters|brother|brothers|friends|"
    r"best friend|boys|girls|baby|babies|grandchildren|grandkids|nan|gran|grandma|grandpa|"
    r"loved ones|little ones|cat|dog|pets|twins)"
)

EN = Lexicon(
    terms={
        "FILL": (
            r"(?:(?:just|really|so|simply|honestly|literally|actually|badly|desperately|"
            r"quietly|peacefully|finally|sometimes|often|constantly|seriously|even|still|"
            r"kind of|sort of|truly|genuinely|secretly|already|now|again|all|very|much|more|"
            r"rather|at least|go|quietly) )*"
        ),
        "ACT": (
            r"(?:end it(?: all)?|end (?:everything|things|this|my (?:own )?life|my suffering|"
            r"it once and for all|the pain (?:for good|forever|permanently))|kill myself|"
            r"take my (?:own )?life|commit suicide|unalive myself|hang myself|overdose|od|"
            r"(?:take|do|have) an? (?:overdose|od)|"
            r"not (?:be )?(?:here|around|alive)(?: anymore| any longer| tomorrow)|not exist|"
            r"stop existing|stop living|stop breathing|sleep forever|go to sleep forever|"
            r"(?:never|not) wake up|be gone|give up on (?:life|living|everything)|"
            r"disappear (?:forever|for good|permanently|and never come back|off the face of the "
            r"earth)|"
            r"vanish (?:forever|for good)|"
            r"drown myself|jump(?= *$| off| from| in front| tonight| now)|"
            r"throw myself (?:off|in front|under)|step in front of|walk into (?:traffic|the sea)|"
            r"let go for good|go through with it|swallow (?:them )?all|take (?:them )?all|"
            r"close my eyes (?:and|forever)(?: never| not)?(?: open them(?: again)?)?|"
            r"fall asleep (?:forever|and (?:never|not) wake up)|check out for good|check out"
            r"(?= *$| *,| tonight| now| soon| for good)|exit (?:this|the) world)"
        ),
        "DYING": (
            r"(?:dying|being dead|taking an overdose|ending it(?: all)?|ending (?:everything|"
            r"things|my (?:own )?life|"
            r"my suffering|it all)|killing myself|taking my (?:own )?life|suicide|"
            r"committing suicide|hanging myself|overdosing|not waking up|never waking up|"
            r"not existing|disappearing(?: forever| for good)?|jumping|not being here|"
            r"not being alive|not being around|unaliving myself|drowning myself|"
            r"throwing myself (?:off|in front|under)|stepping in front of|cutting my wrists|"
            r"slitting my wrists|being gone|turning the wheel|swerving into|driving (?:off|into)|"
            r"crashing (?:my|the) car|stepping off|letting go)"
        ),
        "PILLS": (
            r"(?:pills?|tablets?|meds|medications?|medicines?|painkillers?|sleeping pills|"
            r"paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|opioids|oxy|oxycodone|"
            r"insulin|antidepressants|benzos|xanax|valium|sedatives|lithium|prescriptions?|"
            r"sleeping tablets|co codamol|codeine|tramadol|morphine)"
        ),
        "PLACE": (
            r"(?:bridge|building|roof|rooftop|balcony|cliff|cliffs|window|ledge|tower|car park|"
            r"parking garage|overpass|viaduct|platform|top floor|multi storey)"
        ),
        "VEHICLE": r"(?:train|trains|bus|lorry|truck|car|cars|traffic|tram|subway|tube|metro)",
        "DRUG": (
            r"(?:pills?|tablets?|meds|medications?|medicines?|painkillers?|paracetamol|tylenol|"
            r"xanax|valium|insulin|lithium|capsules|prescriptions?|" + _DRUG_NAME + r")"
        ),
        "KIN": _EN_KIN,
    },
    evident=[
        ("intent", 3, r"\bkill(?:ing)? myself\b"),
        ("intent", 3, r"\b(?:end|ending|take|taking|ended) my (?:own )?life\b"),
        ("intent", 3, r"\bunalive (?:myself|me)\b|\boff(?:ing)? myself\b"),
        ("intent", 3, r"\bbetter off (?:dead|without me|if i (?:was|were) (?:dead|gone))\b"),
        ("intent", 3,
         r"\b(?:would|will|could) (?:all )?(?:be|feel) (?:so )?(?:better|happier|easier|fine|ok|"
         r"okay|lighter|free|relieved) (?:off )?(?:\w+ ){0,5}(?:without me|if i (?:just )?(?:was|"
         r"were|am) "
         r"(?:dead|gone|"
         r"not here|not around)|when i am gone|once i am gone|after i am gone|if i (?:died|"
         r"disappeared|did not exist|killed myself|ended it|ended my life))\b"),
        ("intent", 3,
         r"\b(?:easier|better|simpler|best|kinder) (?:for (?:everyone|everybody|them|all|"
         r"my \w+) )?(?:if i (?:just )?|to (?:just )?)(?:die|died|end it|ended it|was gone|"
         r"were gone|disappear|disappeared|was not here|were not here|was not around|"
         r"were not around|did not exist|kill myself|killed myself|was dead|were dead)\b"),
        ("intent", 3,
         r"\b(?:no one|nobody|none of you|not one person) (?:would|will) (?:even |really )?"
         r"(?:miss me|notice (?:if|that|when) i|care (?:if|when) i|cry (?:if|when|for|at)|"
         r"mourn me|come to my funeral|notice i am gone|notice if i (?:was|were) gone)\b"),
        ("intent", 2,
         r"\bif i (?:\w+ ){0,2}(?:died|was dead|were dead|was gone|were gone|disappeared|"
         r"vanished|killed myself|ended it|was not here|were not here|was not around|"
         r"were not around|did not wake up|was not alive|did not exist|stopped existing)\b"),
        ("intent", 3,
         r"\bwish (?:that )?i (?:was|were|had|would)(?: have)? (?:\w+ )?(?:dead|never born|"
         r"not born|never been born|not been born|gone|not alive|not here)\b"),
        ("intent", 2, r"\bwish i (?:just )?(?:was not|were not|did not|would not|could not)(?= "
                      r"*$)"),
        ("intent", 3,
         r"\b(?:do not|can not|can no longer) see myself (?:still )?(?:being )?(?:here|alive|"
         r"around)\b"),
        ("intent", 3,
         r"\bi (?:am not going to|will not|do not think i will|do not think i am going to) "
         r"(?:make it|last|survive) (?:to|through|until|till|past) (?:christmas|new year|"
         r"my birthday|the weekend|tomorrow|the morning|morning|the end of|next week|"
         r"another)\b"),
        ("intent", 3,
         r"\b(?:can not|will not|do not think i can|do not think i will) survive (?:another|"
         r"one more) (?:night|day|week)\b(?! (?:shift|of|at|in|with|on|out))"),
        ("intent", 3, r"\b(?:this|it) is the end (?:for|of) me\b"),
        ("intent", 3,
         r"\b(?:picture|picturing|imagine|imagining|planning|plan|fantasise|fantasize|"
         r"fantasising|fantasizing|dream about|dreaming about|think about|thinking about) my "
         r"(?:own )?funeral\b"),
        ("intent", 2,
         r"\b(?:deserve|deserves|deserved) (?:so much |much |someone )?better than me\b"),
        ("intent", 3,
         r"\b(?:my|a) (?:plan|date|time) to (?:die|end (?:it|my life|things)|kill myself|"
         r"do it)\b"),
        ("intent", 3, r"\bmy suicide (?:plan|note|letter|attempt|date)\b"),
        ("self-harm", 3,
         r"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|bleed|bleeding|slice|"
         r"slicing|carve|carving) myself\b(?! (?:shaving|cooking|chopping|at (?:the|work|"
         r"the gym)|playing|while|when i (?:fell|was)|in the (?:kitchen|garden|gym)|during|"
         r"lifting|running|falling|on the|by accident|accidentally|slightly|a bit|with (?:a|"
         r"the) (?:knife|bread knife) (?:while|when)|doing))"),
        ("self-harm", 2,
         r"\b(?:hit|hitting|punch|punching|scratch|scratching|bruise|bruising|starve|starving|"
         r"punish|punishing) myself\b(?! (?:for (?:not|being|forgetting|eating)|mentally|"
         r"over))"),
        ("self-harm", 3,
         r"\b(?:cut|cuts|cutting|slice|slit|slitting) (?:\w+ )?(?:my|both) (?:wrists?|arms?|"
         r"thighs?|legs?|skin|stomach|hips?)\b"),
        ("self-harm", 2,
         r"\b(?:scars|wounds|burns|cuts) (?:on|in|into) my (?:wrists?|arms?|thighs?|legs?|"
         r"skin|stomach|hips?)\b"),
        ("method", 3, r"\bhang(?:ing)? myself\b|\bdrown(?:ing)? myself\b"),
        ("method", 3,
         r"\b(?:gun|pistol|barrel|knife|blade|razor|bullet|rope|belt|cord) (?:\w+ ){0,2}(?:to|"
         r"against|in|at|on|around|round) my (?:head|temple|mouth|chest|wrists?|throat|neck|"
         r"heart|skin|arm)\b"),
        ("goodbye", 3,
         r"\b(?:tell|let) (?:my|our) <KIN> (?:know )?(?:that )?i (?:love|loved|am sorry|"
         r"was sorry|did love|always loved|never meant|tried)\b"),
        ("goodbye", 3,
         r"\b(?:look after|take care of|care for|feed|love|hug) my <KIN> (?:for me|when i am "
         r"gone|after i am gone|once i am gone|when i am not here|if (?:anything|something) "
         r"(?:happens|were to happen))\b"),
        ("goodbye", 3,
         r"\b(?:you|anyone|nobody|no one|you all|you guys) (?:will|would|are going to) (?:not |"
         r"never )?(?:hear from|see|hear of|hear about) me (?:again|anymore|after (?:today|"
         r"tonight))\b"),
    ],
    subject=[
        ("intent", 3,
         r"\b(?:want|wanted|wanting|need|needed|would like|would love|long|longing|ready|"
         r"deserve|desire|crave|yearn|tempted|urge|urges|decided|deciding|plan|planned|"
         r"planning|intend|intending|trying|tried|try|prepared|preparing|attempt|attempted|"
         r"wish|wished|choose|chose|waiting|wait|determined|mind|wants|desperate|dying) <FILL>to "
         r"<FILL>(?:<ACT>|die|be dead)\b"
         r"(?! (?:with|between|here at|there|of (?:embarrassment|boredom|laughter|shame|"
         r"cringe)|on (?:the|my) (?:sofa|couch)|for (?:a|the|this|that|my|some) (?:coffee|"
         r"drink|bit|while|day|night|week|minute|second)))"),
        ("intent", 3,
         r"\b(?:going|about|gonna|have|got) <FILL>to <FILL><ACT>\b(?! (?:with|between|here at|"
         r"there|on (?:the|my) (?:sofa|couch)|for (?:a|the|this|that|my|some) (?:coffee|drink|"
         r"bit|while|day|night|week|minute|second)))"),
        ("intent", 2, r"\b(?:going|about|gonna) to (?:die|be dead)\b(?! (?:of|from|laughing))"),
        ("intent", 3,
         r"\b(?:all i (?:want|wanna do|need|think about)|the only thing i (?:want|need|think "
         r"about)|"
         r"what i want|i want nothing more than|more than anything i want|nothing more than) "
         r"(?:is |than )?(?:to )?<FILL>(?:<ACT>|die|be dead|<DYING>)\b"),
        ("intent", 2,
         r"\b(?:want|wanted|wanting|need|wish|wished) <FILL>to (?:just )?(?:disappear|vanish)\b"
         r"(?! (?:under|into|for (?:a|the|an)|to|on|from (?:social|the group|here for)|off "
         r"(?:social|line)))"),
        ("intent", 3,
         r"\bi (?:will|would|shall|might|could|may|can) <FILL>(?:<ACT>|die tonight|die now)\b"
         r"(?! (?:with|for|between))"),
        ("intent", 3,
         r"\b(?:think|thinking|thought|thoughts|dream|dreaming|dreamt|dreamed|fantasise|fantasize|"
         r"fantasising|fantasizing|fantasies|obsess|obsessing|obsessed|consider|considering|"
         r"contemplate|contemplating|imagine|imagining|picture|picturing|plan|planning|"
         r"google|googling|googled|research|researching|researched|keep|kept|romanticise|"
         r"romanticising|romanticize|romanticizing|close|verge|edge|brink|obsessed) <FILL>"
         r"(?:(?:about|of|on|over|to|with) )?<FILL>"
         r"<DYING>\b(?! (?:of|from) (?:embarrassment|boredom|laughter|shame))"),
        ("intent", 2,
         r"\b(?:think|thinking|thought|thoughts|obsess|obsessing|obsessed) <FILL>(?:about|of) "
         r"<FILL>death\b"),
        ("intent", 3,
         r"\b(?:feel|feeling|felt|feels) like <FILL>(?:<DYING>|dying|giving up on life|"
         r"ending it)\b"),
        ("intent", 3,
         r"\b(?:wish|wished|wishing|hope|hoping|pray|praying)(?: that)? i (?:could |would |"
         r"might |can )?<FILL>(?:die|be dead|was dead|were dead|was never born|were never born|"
         r"had never been born|not wake up|would not wake up|do not wake up|did not wake up|"
         r"never wake up|never woke up|could disappear|disappeared|disappear|did not exist|"
         r"was gone|were gone|get hit by|got hit by|die in my sleep|not exist|never existed|"
         r"was not here|were not here|was not alive|did not have to wake up|could sleep "
         r"forever|go to sleep forever)\b"),
        ("intent", 3,
         r"\b(?:wish|hope|pray|want|like|need)\b[a-z ]{0,40}\b(?:never|not) (?:wake|waking) "
         r"up\b(?! (?:early|at|before|for|on time|late|tired))"),
        ("intent", 3, r"\b(?:sleep|asleep) and (?:never|not) (?:wake|waking) up\b"),
        ("intent", 3,
         r"\b(?:would )?rather (?:be dead|die|not exist|not be alive|not wake up|not be here)\b"
         r"(?! than (?!(?:live|living|go on|going on|keep|keeping|continue|continuing|feel|"
         r"feeling|face|facing|deal|dealing|wake|waking|spend|spending|be alive|exist|existing|"
         r"suffer|suffering|carry on|get up)\b))"),
        ("intent", 3,
         r"\bshould (?:just )?(?:die|be dead|kill myself|end it|not be alive|not exist|"
         r"not have been born)\b"),
        ("intent", 3,
         r"\b(?:do not|no longer|never) <FILL>(?:deserve|want|wanna|wish|care|feel like|see "
         r"the point|see a reason|have (?:the|a|any) (?:energy|strength|will|reason|desire)) "
         r"<FILL>to (?:keep |go on |carry on )?(?:live|living|be alive|exist|existing|breathe|"
         r"wake up|be here anymore|be here any longer|be around anymore|go on living|"
         r"stay alive|keep living|keep going|go on)\b"
         r"(?! (?:in|at|with|near|there|abroad|alone|together|on|without|like (?:that|them)))"),
        ("intent", 2,
         r"\b(?:do not|no longer|never) <FILL>(?:want|wanna|wish|feel like) <FILL>to "
         r"(?:be here|be around|continue|carry on|keep fighting|fight|try|get up)\b"
         r"(?! (?:in|at|with|for|when|while|on|tonight|today|this|any ?more than))"),
        ("intent", 3,
         r"\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|breathing|"
         r"waking up)\b"),
        ("intent", 3, r"\b(?:done|finished) with (?:life|living|being alive|this life|it all)\b"),
        ("intent", 3,
         r"\bno (?:\w+ )?(?:reason|point|purpose) (?:for me )?(?:to|in|for) (?:keep |keep on |"
         r"go on |going on |continue |continuing |carry on )?(?:living|live|being alive|"
         r"going on|go on|carry on|carrying on|waking up|wake up|existing|staying alive|"
         r"stay alive|being here)\b"),
        ("intent", 3,
         r"\b(?:do not|can not|no longer|fail to) see (?:the|any) point (?:in|of) (?:living|"
         r"going on|carrying on|life|being alive|waking up|staying alive|existing|being here)\b"),
        ("intent", 3,
         r"\bwhat is the point (?:of|in) (?:living|life|going on|being alive|waking up|"
         r"carrying on|existing|staying alive|me being here)\b"),
        ("intent", 3,
         r"\b(?:life|it|my life) is (?:not|no longer) worth (?:living|it anymore|the pain|"
         r"the effort anymore)\b|\bnot worth living\b|\bnothing to live for\b"),
        ("intent", 3,
         r"\b(?:i am|i feel|feel|feeling|felt|been|getting|get|got|so|very|really|pretty|"
         r"quite|extremely|actively|passively|super|kind of|a bit|more|again|still|always) "
         r"suicidal\b(?! (?:friend|son|daughter|child|partner|brother|sister|mum|mom|dad|"
         r"father|mother|person|people|patient|teen|patients|clients|kids|teens))"),
        ("intent", 3,
         r"\b(?:suicidal|dark) (?:thoughts|feelings|ideation|urges|ideas|thinking|impulses)\b"),
        ("intent", 3,
         r"\b(?:thoughts?|ideas?|urges?) (?:of|about) (?:suicide|dying|death|ending (?:it|my life|"
         r"things)|killing myself|not being here|taking my life)\b"),
        ("intent", 3,
         r"\b(?:suicide|dying|death|ending it|killing myself|ending my life) (?:is|has been|"
         r"keeps|keep|was) (?:\w+ ){0,2}(?:on my mind|in my head|all i think about|"
         r"creeping in|calling|the only|my only)\b"),
        ("intent", 3,
         r"\b(?:dying|death|suicide|ending it|ending my life|killing myself|to die) (?:is|seems|"
         r"feels like|looks like) (?:\w+ )?(?:the|my) (?:only|best|easiest|last|one) "
         r"(?:way out|option|answer|solution|choice|escape|way)\b"),
        ("intent", 3, r"\bcommit(?:ting)? suicide\b|\bend(?:ing)? it all\b|\bkms\b"),
        ("intent", 2,
         r"\bwhy (?:am i|do i|i) (?:keep |still |even )*(?:alive|here|exist|existing|breathing|"
         r"bother living|living|waking up|wake up|going on|trying)\b"),
        ("intent", 3,
         r"\bwant (?:my life|it all|everything|this|it|all of this|my existence) to (?:be over|"
         r"end|stop|finish) (?:, )?(?:for good|forever|permanently|for ever|once and for all)\b"
         r"|\bwant my (?:life|existence) to (?:be over|end|stop)\b"),
        ("self-harm", 3,
         r"\bi (?:have |had |just |then )?(?:cut|cutted|burned|burnt)\b(?= (?:again|deep|deeper|"
         r"last night|tonight|today|this week|this morning|yesterday|\w+ times|twice|once more|"
         r"my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|hip|hips)))"),
        ("self-harm", 3,
         r"\b(?:started|starting|been|keep|kept|back to|begun|began|resumed|relapsed(?: and| "
         r"into| on)?|went back to|gone back to|can not stop|craving|relapse into|relapsing "
         r"into) <FILL>(?:cutting|self harming|burning myself|hurting myself|harming myself|"
         r"self injuring)\b(?! (?:back|down|out|off|the|my hair|hair|costs|carbs|sugar|up|"
         r"corners|class|ties|onions|wood|paper|vegetables|it|people|them|him|her|someone|"
         r"contact|school|work|short|in|through|across|loose))"),
        ("self-harm", 3,
         r"\b(?:urge to|urges to|want to|going to|need to|tempted to|cravings to|relapsed and|"
         r"relapsed) <FILL>(?:cut|self harm|self harmed|self injure|cut again)\b(?! (?:back|down|"
         r"out|off|the|my hair|hair|costs|carbs|sugar|up|corners|class|ties|onions|wood|paper|"
         r"vegetables|it|people|them|him|her|someone|contact|school|work|short|in|through|across|"
         r"loose|a|an|some|this|that|those|these|my (?!(?:arm|arms|wrist|wrists|leg|legs|"
         r"thigh|thighs|skin|stomach))))"),
        ("self-harm", 3,
         r"\b(?:self harm|self harming|cutting|self injury) (?:urges|cravings|relapse|again)\b"
         r"|\bi (?:self harm|self harmed|self injure|self injured)\b"),
        ("self-harm", 2,
         r"\b(?:hide|hid|hidden|hiding|keep|keeping|bought|buy|buying|got|holding|hold|grabbed|"
         r"took out|using|used|sharpened|found) (?:a |the |my |some |new |those |these )?"
         r"(?:blade|blades|razor|razors|razor blades|sharpener blade|scalpel)\b"),
        ("self-harm", 2, r"\b(?:deserve|want|need|wanting) (?:to feel )?(?:pain|to hurt|to "
                         r"bleed)\b"),
        ("method", 3,
         r"\b(?:saving|saved|save|stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|"
         r"collecting|collected|stashing|stashed|stash|hiding|hid|hidden|gathering|gathered|"
         r"counting|counted|squirreling|squirrelling|squirreled|squirrelled|putting aside|put "
         r"aside|setting aside|"
         r"set aside|storing|stored|building up|piling up|piled up|been keeping|secretly "
         r"keeping|not taking|skipping) (?:away |up |aside )?(?:\w+ ){0,4}<DRUG>\b"
         r"(?! (?:for (?:my|the|our) (?:trip|holiday|travel|vacation|journey)|in (?:the|my) "
         r"(?:cupboard|cabinet) like))"),
        ("method", 3,
         r"\b(?:have|got|collected|gathered|saved|there are|there is|own|bought|stocked up|"
         r"with|found) (?:more than |just |finally )?enough (?:\w+ )?<PILLS>\b"
         r"|\benough <PILLS> (?:to|for)\b"),
        ("method", 3,
         r"\b<PILLS> (?:\w+ ){0,3}(?:lined up|laid out|counted out|sorted out|ready|prepared|"
         r"waiting for me|in a pile|all counted)\b"),
        ("method", 2,
         r"\b<PILLS> (?:\w+ ){0,3}(?:in front of me|on the table|on my desk|on my bed|next to me|"
         r"beside me|in my hand|in my hands|in my pocket|by my bed)\b"),
        ("method", 3,
         r"\b(?:lined up|laid out|counted out|counted|got out|set out|poured out|emptied out) "
         r"(?:all )?(?:the|my|all the|all my|some|these|those) (?:\w+ )?<PILLS>\b"),
        ("method", 2,
         r"\b(?:take|taking|swallow|swallowing|down|downing|gulp|overdose on|od on) (?:all|"
         r"every|the whole|the rest of|the entire|a handful of|a bunch of|loads of|too many|"
         r"a lot of|all of|them all|every single|the lot of) (?:of )?(?:my |the |these |those |"
         r"them )?(?:\w+ )?<PILLS>\b"),
        ("method", 3,
         r"\b(?:took|swallowed|downed|taken|overdosed on|od on|od ed on) (?:a bunch of|"
         r"a handful of|loads of|too many|a lot of|all (?:of )?(?:my|the)|the whole (?:bottle|"
         r"box|pack|packet|strip) of|every|lots of|dozens of|\d+|twenty|thirty|forty|fifty) "
         r"(?:\w+ )?<PILLS>\b"),
        ("method", 3, r"\bi (?:have |just )?(?:overdosed|od ed|oded)\b"),
        ("method", 1,
         r"\b(?:stopped|stopping|quit|quitting|came off|coming off) (?:taking )?(?:all )?"
         r"(?:my|the) <PILLS>\b"),
        ("method", 3,
         r"\bhow (?:many|much) (?:\w+ ){0,3}<PILLS> (?:\w+ ){0,4}(?:it takes|would it take|"
         r"does it take|would take|to die|to kill|is lethal|are lethal|is fatal|would kill|"
         r"to overdose|for an overdose|to not wake up|to never wake up|to end it)\b"),
        ("method", 3,
         r"\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|combination)\b"),
        ("method", 3,
         r"\b(?:googling|googled|google|searching|searched|researching|researched|looking up|"
         r"looked up|reading about|read up on|asked (?:chatgpt|google|ai)) (?:\w+ ){0,3}(?:how "
         r"(?:many|much) <PILLS>|ways to|methods of|methods to|suicide|overdose|lethal|"
         r"painless|how to (?:die|kill myself|end (?:it|my life)|hang|overdose|od)|how high|"
         r"how long it takes to (?:die|drown|bleed))\b"),
        ("method", 3,
         r"\b(?:ways?|methods?|how|best way|easiest way|quickest way|fastest way|"
         r"painless way|most painless way|least painful way) to (?:die|kill myself|end (?:it|"
         r"my life|it all)|overdose|commit suicide|hang myself|not wake up|disappear forever)\b"),
        ("method", 3, r"\bpainless (?:way|ways|death|method|methods|suicide|exit)\b"),
        ("method", 3,
         r"\b(?:bought|buy|buying|got|have|tied|tie|tying|made|make|making|found|hid|hidden|"
         r"hiding|put up|set up|checked|tested|testing|ordered) (?:a |the |some |my |this |"
         r"that )?(?:new |strong |thick |long )?(?:rope|noose)\b"),
        ("method", 3, r"\bnoose\b"),
        ("method", 3,
         r"\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|fling myself|"
         r"leap|leaping|leapt) (?:\w+ ){0,2}(?:off|from|out of|over) (?:a |the |that |this |"
         r"my |some )?(?:\w+ )?(?:<PLACE>|railing|edge)\b"),
        ("method", 3,
         r"\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|"
         r"stepped|walk|walking|walked|lie down|lying down|lay down) (?:\w+ ){0,2}(?:in front "
         r"of|under|onto) (?:a |the |that |an |oncoming |some )?(?:\w+ )?(?:<VEHICLE>|tracks|"
         r"railway|rails)\b"),
        ("method", 3,
         r"\b(?:walk|walking|swim|swimming|wade|wading) (?:out )?into the (?:sea|ocean|river|"
         r"lake|waves) (?:and )?(?:not|never) (?:come|coming) back\b"),
        ("method", 3,
         r"\b(?:drive|driving|drove|swerve|swerving|crash|crashing|steer|steering|plough|"
         r"plow) (?:my car |the car |it )?(?:off|into|onto|under) (?:a |the |that |an |"
         r"oncoming )?(?:\w+ )?(?:tree|wall|traffic|bridge|cliff|river|lorry|truck|barrier|"
         r"pillar|motorway|road|verge)\b"),
        ("method", 2, r"\b(?:turn|turning|jerk|jerking|yank|yanking) the (?:steering )?wheel\b"),
        ("method", 3,
         r"\b(?:my plan is|i plan|i am planning|the plan is) to (?:go|walk|drive|head|get) "
         r"(?:up )?(?:to |on |onto )?the (?:<PLACE>|tracks|railway|cliffs?|sea|river)\b"),
        ("method", 3,
         r"\b(?:going|want|wanting|about|ready|planning|plan|decided|tempted|need) to jump\b"
         r"(?= *$| *,| (?:tonight|now|today|tomorrow|soon|right now|off|from|in front))"),
        ("method", 3,
         r"\b(?:standing|stood|sitting|sat|i am|am|perched|climbed|climbing|leaning|here) "
         r"(?:\w+ ){0,2}(?:on|at|over|onto|up on|on top of|by) (?:the|a|this|that|my) (?:edge|"
         r"ledge|railing|railings|parapet|rail|tracks|train tracks|rails|roof edge|edge of "
         r"the (?:roof|bridge|cliff|platform|building))\b"),
        ("method", 2,
         r"\b(?:standing|stood|sitting|sat|i am|am|perched|climbed|climbing|here) (?:\w+ ){0,2}"
         r"(?:on|at|up on|on top of) (?:the|a|this|that) (?:bridge|roof|rooftop|cliff|"
         r"cliff top|cliffs|top floor|window ?sill|multi storey)\b"),
        ("method", 2,
         r"\b(?:staring|stare|stared|looking|look|looked|holding|hold|held|sitting with) "
         r"(?:\w+ )?(?:at|down at|over) (?:the|my|these|those|all the|all my|that|this) "
         r"(?:\w+ )?(?:<PILLS>|rope|noose|blade|blades|razor|gun|knife|tracks|edge|ledge|drop|"
         r"water below|bridge|train)\b"),
        ("method", 2,
         r"\b(?:have|got|bought|buy|buying|holding|hold|held|loaded|load|loading|found|"
         r"took out|taken out|borrowed) (?:a |the |my |his |dad s |my dad s |her |some |"
         r"a loaded )?(?:gun|pistol|rifle|shotgun|firearm|revolver|handgun)\b"),
        ("method", 3,
         r"\b(?:hose|hosepipe|tube) (?:\w+ ){0,3}exhaust\b|\bcarbon monoxide\b|\bcharcoal "
         r"(?:\w+ ){0,3}(?:room|tent|car)\b"),
        ("method", 3,
         r"\b(?:picked|chosen|chose|set|decided on|found|worked out|know) (?:the|a|my) "
         r"(?:date|day|time|place|spot|method|way|bridge)\b"),
        ("method", 2,
         r"\bi (?:have|have got|made|ve got|have made) a plan\b(?! (?:for|with|b|in place for|"
         r"to (?!(?:die|end|do it|kill|go through))))"
         r"|\bi know (?:exactly )?(?:when|how|where)(?= *$| *,| and| now| already)"),
        ("method", 3,
         r"\bknow (?:exactly )?(?:how|when|where) (?:i would|i will|i am going to|i could|"
         r"i want to|to|i will) do it\b"),
        ("method", 2,
         r"\b(?:before|while|when|once) (?:anyone|everyone|everybody|they|the kids|the children|"
         r"the house|nobody|no one|my (?:\w+ )?(?:wife|husband|partner|parents|family|kids|"
         r"flatmate|roommate|mum|mom|dad|son|daughter)) (?:\w+ ){0,2}(?:wakes?|is asleep|"
         r"are asleep|sleeps|is sleeping|are sleeping|gets? home|comes? home|gets? back|"
         r"finds? out|can stop me|can find me|is at work|are at work|has left|have left)\b"),
        ("method", 2, r"\b(?:nobody|no one) (?:will|would|can) (?:find|stop) me\b"),
        ("goodbye", 3,
         r"\bby the time (?:you|anyone|someone|they|people|my \w+) (?:read|reads|see|sees|"
         r"find|finds|get|gets) (?:this|these|it|my)\b"),
        ("goodbye", 3,
         r"\bwhen (?:you|anyone|someone) (?:read|reads|see|sees|find|finds) this (?:, )?i "
         r"(?:will|would|am)\b"),
        ("goodbye", 3,
         r"\bi (?:will not|am not going to|will never|do not think i will) be (?:here|around|"
         r"alive|with you|on this earth) (?:much longer|tomorrow|anymore|for long|by (?:morning|"
         r"tomorrow|then|the time|the weekend|christmas)|to see|for christmas|for my birthday|"
         r"next (?:week|year|month)|much more|any longer|after tonight|for (?:\w+ )?birthday)\b"),
        ("goodbye", 3,
         r"\b(?:please )?(?:do not|dont) (?:try to |come )?(?:look for|find|search for|"
         r"come looking for|save|resuscitate|blame yourselves|blame yourself|try to stop) me\b"
         r"|\bdo not blame yourselves\b"),
        ("goodbye", 3,
         r"\b(?:goodbye|farewell|bye) (?:forever|for good|world|cruel world|for ever|for the "
         r"last time)\b(?! (?:, )?(?:hello|hi|welcome))"),
        ("goodbye", 3,
         r"\bthis is (?:my )?(?:goodbye|farewell|my final goodbye|my last goodbye)\b"
         r"(?! (?:to (?:the|my) (?:old|job|house|flat|apartment|city|school)|party|for now))"),
        ("goodbye", 3,
         r"\b(?:this|it) is (?:my|the) (?:very )?(?:last|final) (?:post|message|words|note|"
         r"goodbye|thing i (?:will )?(?:ever )?(?:write|say|post))\b(?! (?:before|for|until|till|"
         r"of the|"
         r"of this|this|today|tonight|here for|in|on|of 20\d\d|for a while|for now|about))"),
        ("goodbye", 3, r"\b(?:suicide|goodbye|farewell) (?:note|notes|letter|letters|video)\b"),
        ("goodbye", 2,
         r"\b(?:wrote|written|writing|write|left|leaving|leave|finished|finishing|prepared|"
         r"preparing|sealed|recorded|recording) (?:a |my |the |some |all |few |these )?"
         r"(?:letters?|notes?|cards?|videos?|messages?) (?:\w+ ){0,2}(?:to|for) (?:each of |all )?"
         r"(?:my |everyone|each of them|the )(?:<KIN>)?\b"),
        ("goodbye", 2,
         r"\b(?:wrote|written|writing|left|leaving|recorded) (?:my |each of my |all my )<KIN> "
         r"(?:a |some |his |her |their )?(?:letters?|notes?|cards?|videos?|messages?)\b"),
        ("goodbye", 2,
         r"\b(?:when|after|once) i am (?:gone|dead|no longer here|not here anymore|not around)\b"
         r"|\b(?:it|this) (?:will|would) not be (?:long|much longer)(?: now)?\b"
         r"|\bwhich will not be long\b"),
        ("goodbye", 2, r"\blife insurance\b|\b(?:wrote|updated|finished|sorted) my will\b"),
        ("goodbye", 2,
         r"\b(?:giving|given|gave|give) away (?:all )?(?:of )?my (?:things|stuff|belongings|"
         r"possessions|clothes|books|cat|dog|pets|plants)\b"
         r"|\b(?:sorted|sorting|organised|organized|arranged|put) (?:out )?my (?:affairs|"
         r"papers|finances|funeral)\b"),
        ("farewell", 1,
         r"\b(?:explaining|explain) everything\b|\bfor after(?:wards)?\b|\bso (?:that )?"
         r"(?:nobody|no one) (?:has|will have|would have) to (?:deal|sort|clean|worry)\b|\bto "
         r"(?:read|find) "
         r"after\b|\bon (?:her|his|their|my) pillow\b|\b(?:i am )?sorry (?:for|about) "
         r"(?:everything|all of it|being like this|being a burden)\b|\bforgive me\b"
         r"|\bi love you all\b|\bi (?:have )?made (?:my )?peace\b|\bat peace with (?:it|my "
         r"decision)\b|\bsee you on the other side\b|\bmy time is up\b|\bit is time (?:for me )?"
         r"to go\b|\bi am ready to go\b|\bi am sorry everyone\b|\bthank you for trying\b"),
        ("hopeless", 1,
         r"\bcan not (?:go on|keep going|carry on|continue|do this|do it|take it|take this|"
         r"take much more|take any more|cope|handle (?:it|this|life)|bear (?:it|this)|"
         r"stand (?:it|this|myself)|live like this|keep living|keep doing this|face (?:another|"
         r"tomorrow|it)|fight (?:it|this)|deal with (?:it|this|life)|breathe|get out of this)\b"),
        ("hopeless", 2,
         r"\bcan not (?:go on|keep going|carry on|continue|do this|take it|take this|cope|"
         r"live like this|keep living|keep doing this|fight|do it) (?:\w+ ){0,2}(?:anymore|"
         r"any longer|much longer)\b"),
        ("hopeless", 1,
         r"\b(?:no|not any|not a single) (?:\w+ )?(?:way out|hope|future|escape|light)\b"
         r"|\bwhat is the point\b|\bpointless\b|\bhopeless\b(?! (?:at|with|when it comes))"
         r"|\b(?:do not|can not) see (?:a|any) (?:future|way out|point|light|end to this|"
         r"way forward|reason)\b"),
        ("hopeless", 1,
         r"\b(?:give|giving|gave) up\b(?! (?:smoking|drinking|sugar|coffee|meat|chocolate|"
         r"alcohol|on (?:him|her|them|the idea|that)|my (?:seat|job|time|place)|the)"
         r")|\bdone (?:fighting|trying)\b|\bdone with (?:everything|it all|all of it|this "
         r"world|people|everyone)\b|\b(?:tired|exhausted|sick) of (?:fighting|trying|"
         r"everything|it all|struggling|suffering|feeling like this|being (?:me|here|a burden))"
         r"\b|\bi am (?:so |just |completely |totally )?(?:done|finished)(?= *$| *,| now| with "
         r"(?:everything|it all|this|all of this))"),
        ("hopeless", 1,
         r"\bnothing (?:left|matters|will (?:ever )?(?:change|get better|help)|is (?:ever )?"
         r"going to (?:change|get better)|ever (?:changes|gets better)|helps)\b"
         r"|\b(?:no one|nobody) (?:cares|would care|would notice|would even notice)\b"
         r"|\b(?:everyone|everybody) hates me\b|\bi hate (?:my life|myself|being alive)\b"
         r"|\bi am (?:worthless|useless|a failure|a waste of (?:space|air|oxygen|life))\b"
         r"|\bi ruin everything\b|\b(?:trapped|stuck) (?:forever|with no way out)\b"
         r"|\bit (?:would|will) be (?:so )?(?:easy|easier|simple|quick)\b"),
        ("hopeless", 2, r"\b(?:the )?only way out\b|\bno other way\b"),
        ("self-harm", 2,
         r"\b(?:arms|legs|wrists|thighs|skin|body|stomach|hips) (?:are |is )?(?:covered|full) "
         r"(?:in|"
         r"of|with) (?:cuts|scars|burns|wounds|scratches|bruises)\b"),
        ("method", 2,
         r"\b(?:keep thinking|can not stop thinking|thinking|think) (?:about )?how (?:quick|easy|"
         r"simple|fast|painless|quiet) it (?:would|will|could) be\b"),
        ("method", 1,
         r"\b(?:i am|i am standing|i am sitting|sitting|standing) (?:at|on|by) (?:the )?(?:train "
         r"station|railway station|station platform|platform|level crossing)\b"),
        ("intent", 3,
         r"\b(?:might|may|could) as well (?:just )?(?:make it official|be dead|die|end it|not be "
         r"here|not exist|kill myself|disappear for good)\b"),
        ("hopeless", 1, r"\b(?:i am|i feel like) (?:\w+ )?(?:a ghost|dead inside|already dead)\b"),
        ("goodbye", 2,
         r"\b(?:please )?(?:do not|dont) (?:be sad|cry|grieve|be angry|feel guilty|blame "
         r"yourselves|blame yourself|hate me|think badly of me)\b(?! (?:about (?:the|my) "
         r"(?:exam|job|test|results|game)))"),
        ("farewell", 1, r"\b(?:it is|it was|this is) not your fault\b|\bnobody is to blame\b"),
        ("method", 3,
         r"\b(?:use|using|used|turn|turning|turned|point|pointing) (?:it|them|the gun|a gun|the "
         r"knife|a knife|the blade|a blade) (?:on|against) myself\b"),
        ("goodbye", 2,
         r"\bif (?:you are|anyone is|someone is|you) (?:reading|read|find|finding) this\b"),
        ("farewell", 1,
         r"^ i am (?:so |really )?sorry $|\bi love you (?:mum|mom|mummy|mommy|dad|daddy|mama|papa|"
         r"all|guys|so much)\b"),
        ("intent", 3,
         r"\b(?:do not|can not|could not|not sure i can|not sure if i can|unable to|do not think "
         r"i can|do not know if i can|do not know how to) (?:\w+ ){0,2}(?:keep myself safe|stay "
         r"safe|keep safe)\b"),
        ("intent", 3,
         r"\bi (?:attempted|have attempted|tried again|made an attempt)\b(?= *$| *,| (?:last|"
         r"again|yesterday|this|tonight|today|on|suicide))|\b(?:planning|plan|planned|planning "
         r"out) my (?:exit|death|suicide|way out|final exit)\b"),
        ("intent", 3,
         r"\bwant out\b (?:\w+ ){0,2}(?:for good|forever|permanently|of (?:this life|life|this "
         r"world))\b"),
        ("method", 2, r"\b(?:already (?:have|got)|have already got) (?:the|my|enough|all the) "
                      r"<PILLS>\b"),
        ("self-harm", 3,
         r"\b(?:scratched|scratch|scratching|hit|hitting|punched|punching|bit|biting|burned|burnt|"
         r"cut|picked|picking|banged|banging) (?:my|myself|at my) (?:\w+ ){0,2}(?:until|till|"
         r"til) (?:they|it|i|my \w+) (?:bled|bleed|was bleeding|were bleeding|bruised)\b"),
        ("goodbye", 2,
         r"\bin case i (?:do not|never|can not) (?:come back|make it|wake up|see you|get "
         r"(?:another|"
         r"the) chance)\b"),
        ("farewell", 1, r"\b(?:look after|take care of) (?:each other|yourselves)\b"),
        ("goodbye", 2,
         r"\b(?:saying|said|been saying) (?:my )?goodbyes? (?:to (?:people|everyone|friends|"
         r"family)|quietly|in my head|without)\b"),
        ("method", 2,
         r"\bwithout (?:them|anyone|people|her|him|my \w+) (?:realising|realizing|knowing|noticing|"
         r"suspecting)\b"),
        ("goodbye", 2,
         r"\b(?:none|nothing) of (?:this|it) (?:will|is going to) matter\b|\bnothing will "
         r"matter\b"),
        ("farewell", 1, r"\b(?:it|this|everything) (?:will|is going to) (?:all )?be over\b"),
        ("hopeless", 1, r"\b(?:stopped|stop|quit|given up) (?:eating|sleeping|washing|getting "
                        r"up)\b"),
        ("intent", 3,
         r"\b(?:world|everyone|everybody|everything|life|they|people) (?:would|will|could) (?:\w+ "
         r")?"
         r"(?:keep turning|keep going|go on|carry on|be fine|be the same|not notice|move on|"
         r"manage) (?:\w+ ){0,2}without me\b"),
        ("method", 3,
         r"\b(?:swallow|swallowing|take|taking|down|neck|empty|emptying) (?:everything|all|the "
         r"lot|whatever) (?:\w+ ){0,5}(?:medicine cabinet|medicine cupboard|medicine box|first aid "
         r"box|bathroom cabinet)\b"),
        ("intent", 2,
         r"\b(?:going to|gonna|ready to|want to|time to|about to|will) (?:finally |just )?let go"
         r"\b(?! of)"),
        ("intent", 2,
         r"\b(?:going to|gonna|might|about to|will|want to|afraid i will|scared i will|afraid i "
         r"might|scared i might|could) (?:\w+ )?do something (?:really |very |so )?(?:stupid|silly|"
         r"drastic|dumb|i (?:will|would) regret|permanent|final)\b"),
        ("intent", 3,
         r"\b(?:peaceful|nice|easy|good|restful|lovely|quiet|simple) (?:it )?(?:would|will) be to "
         r"(?:just )?(?:die|never wake up|not wake up|not exist|end it|disappear|sleep forever|"
         r"be dead|stop existing|let go)\b"),
        ("intent", 3, r"\bwaiting (?:\w+ )?(?:to die|for death|for it all to end|for the end)\b"),
        ("goodbye", 3,
         r"\b(?:this|it) (?:will be|is going to be|would be|may be|might be) (?:my|the) (?:very )?"
         r"(?:last|final) (?:post|message|words|note|thing i (?:write|say|post))\b(?! (?:before|"
         r"for|until|till|of the|of this|this|today|tonight|here for|in|on|of 20\d\d|for a "
         r"while|for now|about))"),
        ("farewell", 1,
         r"\b(?:thank|thanks) (?:you )?(?:to )?(?:everyone|everybody|all|those|anyone) (?:who|"
         r"that) "
         r"(?:tried|helped|listened|cared|replied|reached out)\b"),
        ("method", 3,
         r"\b(?:vodka|whisky|whiskey|gin|rum|wine|alcohol|booze|bottle of \w+) (?:\w+ ){0,8}"
         r"<PILLS>\b|\b<PILLS> (?:\w+ ){0,8}(?:vodka|whisky|whiskey|gin|rum|wine|alcohol|booze)"
         r"\b"),
        ("plan", 1,
         r"\b(?:told no one|not told anyone|have not told anyone|told nobody|no one knows|nobody "
         r"knows)\b"),
        ("method", 3,
         r"\b(?:saving|keeping|stashing|hiding|put|putting|set|setting) (?:\w+ ){0,3}(?:aside |"
         r"away )?"
         r"(?:for when (?:the time comes|i am ready|i need (?:it|them))|for the day|for later|for "
         r"the right moment)\b|\b(?:<PILLS>|means|rope|everything) (?:are |is )?(?:all )?(?:sorted|"
         r"in place|ready to go|prepared)\b"),
        ("goodbye", 3,
         r"\bi (?:will not|am not going to|will never|do not think i will|do not think i am going "
         r"to) (?:be (?:here|around|alive) (?:for|to see)|see|make it to|live to see) (?:\w+ ){0,3}"
         r"(?:birthday|christmas|spring|summer|autumn|winter|new year|next (?:year|month|week)|"
         r"graduation|wedding)\b"),
        ("intent", 3,
         r"\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:a|the|some) (?:car|bus|lorry|"
         r"truck|train|van|driver) (?:will not stop|does not stop|would not stop|hits me|will hit "
         r"me|"
         r"would hit me|runs me over|will run me over|does not brake|would hit me)\b"
         r"(?! (?:at|for|here|there|until|on|outside|near))"),
        ("method", 3,
         r"\b(?:looking at|look at|see|seeing|eyeing|eying) (?:the|my|those|these|that) (?:\w+ )?"
         r"(?:knives|knife|pills|tablets|bridge|rope|tracks|trains|balcony|window|medicine "
         r"cabinet|razors|blades|cliffs|gun) (?:\w+ )?differently\b"),
        ("farewell", 1,
         r"\b(?:giving|given|gave|give) (?:away )?my (?:\w+ ){1,2}to (?:my |a |an |the )?\w+\b"),
        ("goodbye", 3,
         r"\b(?:giving|given|gave|give) away (?:all )?(?:of )?my (?:\w+ )(?:and|,) (?:my )?\w+\b"),
        ("intent", 3,
         r"\bwhat is the point (?:of|in) (?:sticking around|staying|being here|staying around|"
         r"hanging on|holding on)\b"),
        ("hopeless", 2, r"\b(?:nobody|no one|noone) (?:needs|wants|would need|would want) me\b"),
        ("self-harm", 3,
         r"\b(?:cut|cutting|sliced) (?:too|really|so|very|much too|a bit too) deep\b"),
        ("intent", 3,
         r"\b(?:at peace|okay|ok|fine|calm|comfortable|made (?:my )?peace|content) with (?:what i "
         r"am (?:going|about) to do|my decision|the decision|it all ending|dying|leaving)\b"
         r"(?! to)"),
        ("intent", 3,
         r"\b(?:death|dying|being dead|not existing|not waking up|suicide|ending it|not being "
         r"here|to die|to not wake up) (?:\w+ ){0,2}(?:would be|sounds|seems|feels|looks|is|"
         r"will be) (?:\w+ ){0,2}(?:a relief|peaceful|so peaceful|nice|better|freedom|an escape|"
         r"the escape|restful|a rest|a gift|a blessing|welcome|easier|like relief|like freedom|"
         r"like peace|like a relief|the answer|the best option)\b"
         r"|\b(?:i would |i d |i )?(?:welcome|long for|crave|envy|am jealous of) (?:death|"
         r"dying|the dead|people who (?:die|died))\b"),
        ("self-harm", 3,
         r"\b(?:blade|blades|razor|razors|lighter|knife|sharpener|scissors|glass|compass) "
         r"(?:\w+ ){0,10}?(?:use it|used it|using it|use them|used them|using them) (?:when|"
         r"whenever|every|on myself|again|to|most|at night)\b"),
        ("goodbye", 2,
         r"\bif (?:anything|something) (?:happens|were to happen|should happen|happened|"
         r"bad happens) to me\b"),
        ("farewell", 1,
         r"\b(?:passwords?|pin|codes?|bank details|account details|login|phone code) (?:\w+ ){0,5}"
         r"(?:in|on|under) (?:the|my) (?:drawer|desk|envelope|notebook|fridge|box)\b"),
        ("goodbye", 2,
         r"\b(?:write|writing|post|posting|message|messaging|speak|speaking|talk|talking|say|"
         r"saying|log on|logging on) (?:\w+ ){0,3}(?:for the (?:very )?last time|one last time|"
         r"one final time)\b"),
        ("farewell", 1,
         r"\bthank (?:you|u) (?:all )?for (?:being with me|having been there|being there for me|"
         r"walking with me|everything you did|your kindness)\b"),
        ("method", 2,
         r"\b(?:i have|i ve got|i got|bought|got) (?:everything|all) (?:i need|i needed|that i "
         r"need)\b|\b(?:waiting|wait) (?:\w+ )?for (?:my \w+|everyone|them|the house|the kids|"
         r"my family) to (?:leave|go out|go away|go to sleep|fall asleep|be out)\b"),
        ("method", 2,
         r"\b(?:scouted|checked out|found|picked out|chose|worked out|know) (?:the|a|my) "
         r"(?:spot|place|bridge|cliff|tree|beam|building|car park)\b|\bwhen (?:no one|nobody|"
         r"noone) (?:is|will be) (?:around|there|about|home)\b"),
        ("self-harm", 2,
         r"\b(?:bleeding|blood) (?:\w+ )?(?:a lot|will not stop|would not stop|everywhere|"
         r"heavily|so much|for ages)\b"),
        ("intent", 3,
         r"\bi am <FILL>(?:ending it|ending things|ending my life|killing myself|taking my (?:own "
         r")?"
         r"life|checking out|doing it|going through with it)\b(?! (?:with|for|between|up|"
         r"over|off))"),
        ("method", 3,
         r"\b(?:took|swallowed|downed|taken|have taken|just took|necked) (?:\d{2,}|twenty|"
         r"thirty|forty|fifty|sixty|a hundred|all|a whole|the whole|an entire|the entire|a full|"
         r"the rest of|a handful of|a bunch of|too many|loads of|dozens of) (?:of )?(?:my |the |"
         r"his |her |mum s |dad s |these |those )?(?:box |boxes |bottle |packet |pack |strip |"
         r"blister |tub |of )*(?:\w+ ){0,2}<DRUG>\b"),
        ("method", 3,
         r"\b(?:engine|motor) (?:\w+ ){0,2}(?:running|on|going) (?:\w+ ){0,4}garage\b"
         r"|\bgarage (?:\w+ ){0,4}(?:engine|motor) (?:\w+ ){0,2}(?:running|on|going)\b"),
        ("method", 2,
         r"\b(?:going|heading|driving|walking|went|drove|walked|go) (?:up )?to the (?:cliff|cliffs|"
         r"tracks|railway line|rooftop|top floor|bridge|viaduct)\b(?! (?:club|walk|path|"
         r"with the|for a (?:walk|picnic|photo)|to (?:meet|see|take)))"),
        ("method", 1,
         r"\bi (?:am keeping|kept|hid|have hidden|am hiding|keep) (?:it|them) (?:\w+ )?(?:in|"
         r"under) "
         r"my (?:room|bed|drawer|bag|wardrobe|car)\b"),
        ("goodbye", 2,
         r"\byou (?:will|would|ll) (?:all )?know why\b|\bif i am not (?:on )?(?:here|around|"
         r"online|back|alive|posting) (?:tomorrow|by|next|in the morning|after)\b"),
        ("goodbye", 2,
         r"\b(?:who gets what|who gets my (?:things|stuff|\w+)|list of (?:who|what) (?:gets|goes)|"
         r"last wishes|final wishes|affairs (?:are |is )?in order|everything is in order|"
         r"written to each of (?:them|you))\b"),
        ("farewell", 1,
         r"\b(?:i am|i feel) (?:so |strangely |weirdly |oddly |finally |really |very )?(?:calm|"
         r"at peace|peaceful|relieved|light)(?: now| for the first time| about it| finally)?\b"
         r"(?! (?:about the|with (?:the|my) (?:new|results)|after (?:the|my|a) (?:walk|run|"
         r"session|chat|call|meeting)))|\b(?:i am )?not (?:scared|afraid) anymore\b"),
        ("goodbye", 2,
         r"\b(?:my|this is my) (?:last|final) (?:night|day|evening|morning|weekend|sunset|"
         r"christmas|birthday|meal|sunday)\b(?! (?:at|of|before|in|on|off|with (?:the|my) "
         r"(?:team|class)))"),
        ("farewell", 1,
         r"\b(?:tomorrow|today) is the day\b(?! (?:of|for|i|we|to|my|our|that|when|it)\b)"
         r"|\btonight is the night\b(?! (?:of|for|i|we|to|my|our|that|when)\b)"),
        ("farewell", 1,
         r"\b(?:i am )?sorry (?:to )?(?:mum|mom|mummy|mommy|dad|daddy|mama|papa|everyone|guys|"
         r"kids|babe|love|baby|sweetheart|all)\b|^ i love you(?: all| guys)? $"),
        ("goodbye", 3,
         r"\b(?:sorry|forgive me|i apologi[sz]e) (?:\w+ ){0,3}(?:i am going to|i will|i am about "
         r"to) (?:hurt|cause|leave behind|let down)\b|\bsorry for (?:the pain|the hurt|what) "
         r"i (?:am going to|will|am about to) (?:cause|do)\b"),
        ("goodbye", 2,
         r"\bsorry (?:\w+ ){0,3}(?:i was not|i am not|i could not be|i was never) (?:strong|"
         r"brave|good) enough\b"),
        ("farewell", 1, r"\bthank (?:you|u) (?:all )?for (?:being (?:kind|there|so kind)|trying|"
                        r"listening|everything you have done)\b"),
        ("intent", 3,
         r"\b(?:will not|will never|no longer|do not|never) (?:\w+ )?(?:have|need) to (?:worry "
         r"about|deal with|look after|take care of|put up with|carry|support|see) me\b"
         r"(?! (?:for|while|when|during|this|tonight|today|on|at|until))"),
        ("intent", 3,
         r"\b(?:telling|tells|tell|told|urging|urge|urges|pushing|whispering|commanding|"
         r"ordering) me to <FILL>(?:<ACT>|die|be dead)\b(?! (?:with|for|between))"),
        ("intent", 3,
         r"\bonly (?:thing|reason|person|one|things|reasons) (?:\w+ ){0,2}(?:stopping|holding|"
         r"keeping|stops|holds|keeps|that stops|that keeps) me\b|\bonly (?:reason|thing) i am "
         r"still (?:here|alive|around)\b"),
        ("intent", 3,
         r"\b(?:pray|praying|prayed|beg|begging|ask|asking) (?:to )?(?:god|the universe|"
         r"someone|the gods) (?:\w+ ){0,2}(?:to |that (?:he|it|they) (?:will |would )?)?"
         r"(?:take me|let me die|end (?:it|my life)|not (?:let me )?wake up|let me not wake up|"
         r"kill me)\b"),
        ("intent", 3,
         r"\b(?:disappointed|sad|upset|angry|annoyed|gutted|frustrated|furious) (?:to|that i|"
         r"when i|i) (?:still )?(?:wake up|woke up|am still (?:alive|here)|woke|survived|made "
         r"it through the night|am alive|opened my eyes)\b"),
        ("intent", 2,
         r"\b(?:scared|afraid|terrified|worried) (?:that )?i (?:will|might|am going to|would|"
         r"could) (?:not be able to stop|not stop|lose control|do something|act on (?:it|them|"
         r"the thoughts)|go through with it)\b|\b(?:do not|can not) (?:know if i can|trust "
         r"myself to) (?:stop|keep myself safe|stay safe)\b|\bcan not keep myself safe\b"
         r"|\b(?:do not|no longer) feel safe (?:with myself|around myself|tonight|right now|"
         r"alone)\b"),
        ("method", 3,
         r"\b<PILLS> (?:\w+ ){0,6}(?:different|several|two|three|four|multiple|various) "
         r"(?:pharmacies|chemists|shops|stores|supermarkets)\b|\b(?:different|several|two|"
         r"three|four|multiple|various) (?:pharmacies|chemists|shops|stores|supermarkets) "
         r"(?:\w+ ){0,6}<PILLS>\b"),
        ("method", 2,
         r"\bso (?:that )?(?:nobody|no one|they|people|my \w+) (?:gets suspicious|get "
         r"suspicious|suspects|notices|finds out|will notice|will not notice|does not notice|"
         r"would not notice)\b|\bwithout (?:anyone|them|my \w+) (?:noticing|knowing|suspecting)"
         r"\b"),
        ("method", 3,
         r"\b(?:gun|guns|shotgun|rifle|pistol|firearm|rope|noose|blade|blades|razor|razors) "
         r"(?:\w+ ){0,10}?(?:keep thinking about (?:it|them|that)|calling (?:to )?me|keep looking "
         r"at (?:it|them)|is so tempting|keeps coming back)\b|\b(?:keep thinking about|keep "
         r"looking at|keep staring at|obsessing over|fixated on|can not take my eyes off) "
         r"(?:\w+ ){0,3}(?:gun|guns|shotgun|rifle|pistol|firearm|rope|noose|blade|blades|razor|"
         r"razors)\b"),
        ("method", 2,
         r"\b(?:<PILLS>|bridge|tracks|train|trains|roof|cliff|ledge|balcony|window) (?:\w+ ){0,10}?"
         r"(?:keep thinking about (?:it|them|that|jumping)|calling (?:to )?me|is so tempting|"
         r"keeps coming back)\b|\b(?:keep thinking about|keep looking at|keep staring at|"
         r"obsessing over|fixated on) (?:\w+ ){0,3}(?:<PILLS>|bridge|tracks|trains?|roof|cliff|"
         r"ledge|drop|edge)\b|\bwatching (?:the )?trains (?:go by|pass|rush past)\b"),
        ("method", 2, r"\b(?:just|only) (?:one|a single) (?:step|jump|second)\b"),
        ("hopeless", 1,
         r"\b(?:tired|exhausted|sick) of (?:pretending|faking|acting|smiling)\b"
         r"|\bi am not strong enough\b"),
        ("hopeless", 2,
         r"\b(?:a|such a|just a|nothing but a|the) burden\b(?! (?:of proof|to bear))"),
        ("hopeless", 2,
         r"\bwant (?:out|it to stop|it to end|this to (?:stop|end|be over)|it to be over|"
         r"the world to stop|to stop feeling)\b"),
        ("intent", 3,
         r"\bwant (?:it all|everything|all of (?:this|it)|life|my life|it all|all of this) "
         r"to (?:stop|end|be over|finish)\b"),
        ("plan", 1,
         r"(?<!see you )(?<!until )(?<!till )\b(?:tonight|tomorrow|this weekend|this evening|"
         r"later tonight|right now|soon|after work|this week|when everyone is asleep|every "
         r"night|all night|night after night|at midnight|in the morning|before morning)\b"),
        ("plan", 1,
         r"\b(?:i have decided|i decided|i have made up my mind|made up my mind|my mind is made "
         r"up|it is decided|made my decision|made the decision|reached a decision|taken the "
         r"decision|made a decision|no turning back|i am ready|it is time|the time has come|i have "
         r"a "
         r"plan|i made a plan|have a date|picked a date|set a date|chosen a date|everything is "
         r"ready|all set|i am prepared|my decision is made|final decision|i know how)\b"),
    ],
    soft=[
        ("goodbye", 2,
         r"\b(?:goodbye|bye|farewell) (?:everyone|everybody|all|guys|friends|folks|you all|"
         r"to (?:you )?all|to everyone|to all of you|my friends|all of you)\b"
         r"|\bsaying goodbye to (?:you all|everyone|all of you|everybody|you guys)\b"
         r"|\b(?:wanted|want|need|needed|came|come|here) to say goodbye\b|^ goodbye $"
         r"|\b(?:go|leave|leaving|going) (?:away )?(?:forever|for good)\b"),
        ("farewell", 1, r"\bthank (?:you|u) (?:all )?(?:so much )?for everything\b"),
        ("goodbye", 2,
         r"\bi (?:will not|am not going to|will never|do not think i will) be (?:here|around)\b"),
        ("goodbye", 2,
         r"\b(?:will not|am not going to|will never) be (?:posting|writing|coming back|back|"
         r"logging on|replying|online) (?:here )?(?:again|anymore|any more)\b"),
        ("goodbye", 2,
         r"\bmy (?:last|final) (?:words|message|post|goodbye|note|letter)s?\b(?! (?:before|for|"
         r"until|till|of the|in|on|here|got|was|were|about))"),
    ],
    again=(
        r"\b(?:did|done|made) (?:some )?more (?:tonight|today|last night|this morning|again)\b"
        r"|\b(?:do|doing|try|trying) it (?:again|tonight|for real|properly|this time|right this "
        r"time|one more time)\b"
        r"|\b(?:going|want|wanting|need|needing|ready|decided|planning|plan|about|tempted|urge|"
        r"urges|gonna) to (?:do it|try it|try again|go through with it|finish it|finish the job|"
        r"finish what i started|join (?:him|her|them))\b"
        r"|\bthis time (?:it will work|i will not fail|i will not mess (?:it )?up|for real|"
        r"i will succeed|i mean it|properly)\b|\bnext time i will (?:not fail|succeed|do it "
        r"right)\b|\bdo it again\b|\b(?:want|wish|need|long) to (?:be with|join|see) (?:him|"
        r"her|them) (?:again|there|soon|in heaven|on the other side)\b"
    ),
    backoff=(
        r"\b(?:die|dying|death|suicide|suicidal|overdose|overdosing|unalive|end it|end things|"
        r"end everything|never wake up|not wake up|not exist|not be here|self harm|self harming|"
        r"kill myself|killing myself)\b"
    ),
    fear=(
        r"\b(?:scared|afraid|terrified|fear|frightened|worried|anxious|panic|phobia) (?:\w+ ){0,2}"
        r"(?:of|about) (?:\w+ ){0,2}(?:dying|death|die)\b|\bfear of death\b"
    ),
    others=(
        r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|end|ending|"
        r"take|taking|starve|starving|hang|hanging|drown|drowning) (?:himself|herself|"
        r"themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?lives?)\b"
        r"|\b(?:wants|wanted|wanting|wishes|wished|plans|planned|planning|going|threatens|"
        r"threatened|threatening|talks about|talked about|talking about|keeps talking about|"
        r"mentions|mentioned|thinks about|thinking about|thought about) (?:\w+ ){0,3}(?:to )?"
        r"(?:die|dying|suicide|kill (?:himself|herself|themselves)|end it(?: all)?|ending it|"
        r"not (?:be|being) (?:here|alive|around))\b"
        r"|\b(?:is|are|was|seems|seemed|became|has been|have been|feels|felt|getting) (?:\w+ )?"
        r"suicidal\b|\bsuicidal (?:friend|son|daughter|child|partner|brother|sister|mum|mom|"
        r"dad|father|mother|teen|teenager|kid|husband|wife|boyfriend|girlfriend)\b"
        r"|\b(?:self harms|self harming|self harmed|cuts herself|cuts himself)\b"
    ),
    losses=(
        r"\b(?:killed|hanged|shot|drowned) (?:himself|herself|themselves)\b|\b(?:took|ended) "
        r"(?:his|her|their) (?:own )?li(?:fe|ves)\b|\bdied (?:by|of|from) (?:suicide|an "
        r"overdose)\b|\bcommitted suicide\b|\blost (?:\w+ ){0,3}to suicide\b"
    ),
    idioms=(
        r"\b(?:found|find|read|saw) (?:a |an |his |her |their )?(?:goodbye|suicide) "
        r"(?:note|letter)\b|"
        r"\bdie (?:of|from) (?:embarrassment|boredom|laughter|shame|cringe|hunger|thirst|"
        r"curiosity|heat|cold|jealousy|envy|cuteness|happiness)\b|\b(?:die|died|dying) "
        r"laughing\b|\bkill(?:ed|ing)? myself laughing\b|\bcut (?:myself|me) (?:some )?slack\b"
        r"|\bdying (?:to|for)\b|\b(?:would|could) (?:kill|murder) for\b|\bkill(?:ing)? for\b"
        r"|\bkilling (?:time|it)\b|\bkilled it\b|\bkill (?:time|the lights|the music|the "
        r"engine|the mood|the vibe)\b|\b(?:is|are|was|were|s) (?:\w+ )?killing me\b"
        r"|\b(?:is|are|was|were) (?:going to|gonna|about to) kill me\b|\bkill(?:s|ed)? me\b"
        r"|\b(?:be|is) the death of me\b|\b(?:is|are|was|were|s|a \w+|an \w+) to die for\b|\bdead "
        r"(?:tired|on my feet|serious|"
        r"beat|end|line|weight|set|ringer|heat|to the world)\b|\bdeadline\b|\bdrop dead\b"
        r"|\b(?:phone|battery|laptop|car|plant|plants|computer|charger|tablet|tv|torch|"
        r"headphones|conversation|chat|thread|group) (?:is |was |just |has )?(?:dying|died|"
        r"dead)\b|\bkilled my (?:plants|phone|battery|vibe|buzz|back|knees|feet)\b"
        r"|\b(?:bored|scared|frightened|worried|tickled|loved|done) to death\b|\bover my dead "
        r"body\b|\bdie hard\b|\bdiehard\b|\bkilljoy\b|\boverkill\b|\bkilling myself "
        r"(?:for|over|at (?:work|the gym)|working|trying|to (?:finish|get|make|meet|keep up|"
        r"please|pay))\b|\b(?:climbing|jump|skipping|guitar|tow|washing|clothes|battle) ropes?\b"
        r"|\bropes? (?:for|to) (?:climb|climbing|the boat|the tent|the swing|tie)\b|\bjump "
        r"(?:in|into) (?:the )?(?:pool|shower|lake|sea|bath|conversation|queue)\b|\bjump (?:at|"
        r"on) (?:the|this|that) (?:chance|opportunity|bandwagon)\b|\bjump through hoops\b"
        r"|\bjump the (?:gun|queue)\b|(?<!wish )\bi could (?:just )?die\b(?= *$| ,)|\b(?:so "
        r"embarrassed|embarrassed|mortified|so "
        r"awkward|cringe|cringing)(?: \w+){0,4} (?:i )?(?:want to|could|wanna) (?:just )?die\b|"
        r"\bkill (?:two|joy)\b"
        r"|\bend it (?:with|between)\b|\bdying (?:inside )?of (?:embarrassment|shame)\b"
        r"|\bhang (?:out|on|in there|up)\b|\bbridge (?:club|game|loan|the gap)\b"
    ),
    not_goodbye=(
        r"\b(?:see you|see ya|until|till|next (?:week|time|month|year|session|meeting)|tomorrow|"
        r"later|for now|this week|meeting|session|holiday|holidays|vacation|weekend|back soon|"
        r"be back|monday|tuesday|wednesday|thursday|friday|saturday|sunday|moving|move to|"
        r"new job|new chapter|leaving the (?:group|forum|site|app)|taking a break|break from|"
        r"trip|travel|travelling|traveling|abroad|visiting|visit|staying with|flying|leader|"
        r"group leader|facilitator|retire|retiring|course|semester|year|2\d\d\d)\b"
    ),
    benign=(
        r"\b(?:every (?:morning|day|night|evening)|each (?:morning|day|night)|daily|as "
        r"prescribed|the doctor said|doctor told|prescribed me|the pharmacy|pharmacist|refill|"
        r"with food|side effects|remember to take|forgot to take|vitamins|supplements|for my "
        r"(?:headache|back|cold|flu|migraine|period|allergies)|climbing|skipping|camping|"
        r"sailing|hiking|bridge club|roof terrace|rooftop bar|sunbathing|with (?:a|my) "
        r"(?:coffee|book|drink|beer|wine|cigarette)|barbecue|bbq|picnic|view|sunset|stuck in "
        r"traffic|commute|locked box|nurse s advice|pill organiser|pill organizer|dosette)\b"
    ),
    negations=frozenset({"not", "never", "no", "without"}),
    scope_breaks=(
        r",|:|\b(?:and|or|because|so|then|if|that|when|until|why|how|what|who|which|whether|"
        r"know|sure|care|mind|understand|remember|wonder|believe|anymore|longer)\b"
    ),
    ongoing=r"\b(?:ever )?since\b[a-z0-9 ]*?\bago\b|\bfor (?:\w+ ){0,2}(?:years|months) now\b",
    past=(
        r"\b(?:years|months|decades|a year|a decade|a long time|ages|a while|some time|long|"
        r"weeks) ago\b|\bused to\b|\bback (?:then|in the day|in (?:19|20)\d\d|when)\b"
        r"|\bat the time\b|\bin the past\b|\bwhen i was (?:younger|little|a (?:teen|teenager|"
        r"kid|child|student)|\d+|in (?:school|high school|college|uni|university|my))\b"
        r"|\bas a (?:teen|teenager|kid|child|student)\b|\bin my (?:teens|twenties|thirties|"
        r"youth|early)\b|\blast (?:year|spring|summer|autumn|winter|fall)\b|\byears back\b"
        r"|\bi survived\b|\bsurvivor\b|\bin (?:19|20)\d\d\b|\b(?:years|months|weeks|days) since "
        r"i\b|\bthere was a time\b|\bi no longer\b|\bnot anymore\b|\bthat was (?:years|months)\b"
        r"|\bi used\b|\bonce upon\b|\bin recovery\b|\bclean (?:for|since)\b|\bfor a long time i\b"
        r"|\bi have been there\b|\bi was there\b|\bi remember (?:when|feeling|wanting)\b"
    ),
    past_tense=(
        r"\b(?:was|were|had|wanted|tried|thought|felt|attempted|took|wrote|planned|decided|"
        r"hurt|overdosed|jumped|survived|used|saved|believed|wished|spent|stopped|struggled)\b"
    ),
    recovered=(
        r"\b(?:i am|i feel|i am doing|doing|feeling|i have been doing) (?:so |much |a lot |way "
        r"|really )?(?:better|well|good|okay|ok|fine|happy|grateful|thankful) (?:now|today|"
        r"these days|nowadays)\b|\b(?:now|today|these days|nowadays) i am (?:doing )?(?:so |"
        r"much |a lot |really )?(?:better|well|good|okay|fine|happy|grateful|glad|alive|in "
        r"recovery|engaged|married)\b|\b(?:therapy|medication|my therapist|this group|treatment|"
        r"the helpline|the crisis line|my (?:sister|friend|family|doctor|partner|wife|husband|"
        r"mum|mom|dad|kids)) (?:\w+ ){0,2}(?:saved|helped|got me through|pulled me through|"
        r"kept me alive|found them|stopped me|got me (?:to|into) (?:a |the )?(?:doctor|gp|hospital|"
        r"help|therapy|treatment|a and e|a e|er)|took me to (?:a |the )?(?:doctor|gp|hospital|"
        r"a and e|a e|er))\b|\bglad (?:i am|to be) (?:still )?(?:here|"
        r"alive)\b|\bi got (?:help|through it|better)\b|\bin recovery\b|\b(?:years|months|days|"
        r"weeks) (?:clean|free|sober)\b|\bi (?:recovered|made it|pulled through)\b"
        r"|\b(?:that|it|this) (?:is|has) passed\b|\bdid fade\b|\b(?:faded|went away|gone away)\b"
        r"|\b(?:it is|that is|all that is) behind me\b|\bit (?:got|"
        r"gets|does get) better\b|\bi (?:now )?(?:volunteer|run this group|help others)\b"
    ),
    reporting=(
        r"\b(?:said|says|say|told|tells|wrote|writes|texted|texts|posted|posts|messaged|"
        r"keeps saying|kept saying|threatens|threatened|threatening|screamed|shouted|"
        r"mentioned|admitted|confessed|asked)\b"
    ),
    someday=r"\bif (?:i )?(?:ever|someday|one day|at any point)\b",
    general=(
        r"\b(?:is|are) (?:very |quite |so |really |pretty )?(?:common|normal|a symptom|symptoms|"
        r"part of|frequent|rare|treatable)\b"
    ),
    writer="i",
    first_person=frozenset({"i", "me", "myself"}),
    other_person=frozenset({
        "he", "she", "they", "you", "we", "who", "someone", "somebody", "therapist", "doctor",
        "psychiatrist", "nurse", "gp", "counsellor", "counselor", "psychologist", "teacher",
        "people", "anyone", "everyone", "everybody", "son", "daughter", "friend", "friends",
        "brother", "sister", "mum", "mom", "mother", "dad", "father", "husband", "wife",
        "partner", "boyfriend", "girlfriend", "kid", "kids", "child", "children", "teen",
        "teenager", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter",
        "colleague", "neighbour", "neighbor", "client", "patient", "student", "guy", "man",
        "woman", "girl", "boy", "person", "mate", "flatmate", "roommate", "member", "members",
        "classmate", "coworker", "boss", "ex", "fiance", "fiancee", "stepson", "stepdaughter",
    }),
    news=frozenset({
        "study", "report", "article", "news", "newspaper", "paper", "documentary", "film",
        "movie", "series", "episode", "show", "book", "novel", "podcast", "song", "statistics",
        "rates", "campaign", "headline", "research", "survey", "charity", "government",
        "council", "character", "hero", "heroine", "protagonist", "singer", "actor", "actress",
        "celebrity", "author", "lyrics", "prevention", "awareness", "leaflet", "poem", "poems",
        "poetry", "memoir", "essay", "chapter", "album", "artist", "writer", "poet",
    }),
    hypothetical=(
        r"\b(?:if|in case|whenever|what if|what (?:does|do) (?:\w+ ){1,4}mean|meaning of|"
        r"definition of|what is meant by)\b"
    ),
)

_ES_KIN = (
    r"(?:hijos|hijas|hijo|hija|ninos|nietos|padres|papas|familia|madre|mama|padre|papa|"
    r"marido|esposo|esposa|mujer|pareja|novio|novia|hermanos|hermanas|hermano|hermana|amigos|"
    r"amigas|seres queridos|gato|perro|mascotas|pequenos)"
)

ES = Lexicon(
    terms={
        "FILL": (
            r"(?:(?:solo|solamente|simplemente|realmente|de verdad|tanto|mucho|muchas veces|"
            r"a veces|ya|tambien|otra vez|de nuevo|nada mas|literalmente|en serio|seriamente|"
            r"sinceramente|honestamente|la verdad|todavia|aun|siempre|cada dia|cada noche|"
            r"constantemente|mas|muy|tan|tantas|veces|ganas de|por fin|mucho en) )*"
        ),
        # A cue may take an adverb before its preposition: "pensando seriamente en".
        "WANT": (
            r"(?:quiero|quisiera|querria|queria|deseo|desearia|necesito|necesitaba|me gustaria|"
            r"vuelvo a querer|volver a querer|sigo queriendo|"
            r"me encantaria|tengo pensado|tenia pensado|tengo planeado|"
            r"prefiero|preferiria|voy a|iba a|pienso|pensaba|decidi|he decidido|planeo|"
            r"planeando|intento|intente|he intentado|considero|solo quiero|lo unico que quiero "
            r"es|merezco|me merezco|mereceria|deberia|me planteo|planteandome|deseando|"
            r"(?:tengo|tenia|me dan|me entran|me vienen) (?:\w+ )?ganas de|ganas de|"
            r"(?:estoy |sigo |he estado )?(?:pensando|pienso|pense|pensar|he pensado|sueno|"
            r"sonando|fantaseo|fantaseando|obsesionado|obsesionada) (?:\w+ )?(?:en|con)|"
            r"(?:estoy )?(?:decidido|decidida|listo|lista|dispuesto|dispuesta|a punto) (?:\w+ )?"
            r"(?:a|para|de)|(?:trato|trate|tentado|tentada|tentacion|impulso|la idea|esperando) "
            r"(?:\w+ )?(?:de|a))"
        ),
        "DEATH": (
            r"(?:morir(?:me)?|estar muert[oa]|matarme|suicidarme|quitarme la vida|acabar con "
            r"(?:todo(?! (?:el|lo|la|los|las|de|tipo))|mi vida|esto|mi sufrimiento)|terminar "
            r"con (?:todo(?! (?:el|lo|la|los|las|de|tipo))|mi vida|esto)|acabar(?:lo)? todo|"
            r"desaparecer(?: para siempre| del mapa| de este mundo)?(?! (?:del|de la|de las|de "
            r"los|de redes|de whatsapp|un rato|unos dias|una temporada|un tiempo|una semana|bajo|"
            r"debajo))|"
            r"dormir(?:me)? para siempre|no despertar(?:me)?(?: nunca| mas)?|no volver a "
            r"despertar(?:me)?|dejar de (?:existir|vivir|respirar)|no existir|no estar (?:aqui|"
            r"aca|viv[oa])|irme (?:para siempre|de este mundo)|tirarme (?:\w+ ){0,2}(?:puente|"
            r"vias|tren|metro|ventana|balcon|azotea|edificio|barranco|acantilado)|ahorcarme|"
            r"colgarme|cortarme las venas|tomarme todas las (?:pastillas|pildoras)|"
            r"reunirme con (?:el|ella|ellos|mi \w+)|la muerte|el suicidio|suicidio|"
            r"(?:tomarme|tomar|hacer|hacerme|darme) (?:una )?sobredosis|irme de (?:este|el) mundo|"
            r"envenenarme|pegarme un tiro|tirarme)"
        ),
        "PILLS": (
            r"(?:pastillas|pildoras|medicamentos|medicinas|calmantes|somniferos|antidepresivos|"
            r"tranquilizantes|ansioliticos|paracetamol|ibuprofeno|insulina|orfidal|lorazepam|"
            r"diazepam|trankimazin|clonazepam|rivotril|pastis|capsulas|comprimidos)"
        ),
        "PLACE": (
            r"(?:puente|azotea|tejado|ventana|balcon|edificio|acantilado|barranco|vias|tren|"
            r"metro|coche|camion|autobus|rio|mar|precipicio|terraza|piso|torre|viaducto|anden)"
        ),
        "KIN": _ES_KIN,
        "DRUG": (
            r"(?:pastillas|pildoras|medicamentos|medicinas|calmantes|somniferos|antidepresivos|"
            r"tranquilizantes|ansioliticos|paracetamol|ibuprofeno|insulina|orfidal|capsulas|"
            r"comprimidos|" + _DRUG_NAME + r")"
        ),
    },
    evident=[
        ("intent", 3, r"\b(?:suicidarme|quitarme la vida|matarme|ahorcarme|envenenarme)\b"),
        ("intent", 3,
         r"\bme (?:quiero|quisiera|voy a|iba a|dan ganas de|gustaria|pienso|tengo que|"
         r"deberia|podria|vuelvo a|estoy pensando en) <FILL>(?:matar|suicidar|quitar la vida|"
         r"ahorcar|tirar (?:\w+ ){0,2}<PLACE>|cortar las venas|ir para siempre|ir de (?:este|"
         r"el) mundo|envenenar|"
         r"pegar un tiro|colgar)\b(?! (?:el telefono|la llamada))"),
        ("intent", 3, r"\bme (?:quiero|quisiera|dan ganas de) <FILL>morir\b"),
        ("method", 3,
         r"\b(?:voy a|quiero|pienso|estoy a punto de|ganas de|me voy a) (?:saltar|tirarme|tirar)\b"
         r"(?= *$| *,| (?:ya|ahora|esta noche|hoy|al vacio|desde|de (?:la|el|un|una)|por (?:la|"
         r"el)))"),
        ("intent", 3,
         r"\bme (?:voy a|quiero|vuelvo a) (?:tirar|lanzar|arrojar)\b(?= *$| *,| (?:esta noche|ya|"
         r"hoy|ahora|manana))"),
        ("intent", 3,
         r"\b(?:seria|sera) (?:todo )?(?:mas facil|mejor|mas sencillo|un alivio) (?:\w+ ){0,3}si "
         r"(?:yo )?(?:no estuviera|me muriera|desapareciera|ya no estuviera|no existiera|"
         r"me fuera para siempre)\b"),
        ("intent", 1, r"\bme (?:voy a|iba a) morir\b"),
        ("intent", 3, r"\bme (?:mato|suicido|ahorco|tiro)\b(?= *$| (?:esta noche|hoy|manana|"
                      r"ya|ahora))"),
        ("intent", 3,
         r"\b(?:acabar|terminar|acabo|termino|acabare|terminare) con mi (?:vida|existencia)\b"),
        ("intent", 3,
         r"\b(?:estarian|estarias|estaria|estaran|estan|vivirian|viviria|serian|seria|"
         r"estara|seran|irian|iria|sentirian|sentiria|quedarian|quedaria) (?:\w+ ){0,2}(?:mejor|"
         r"mas tranquil[oa]s?|mas feliz|mas felices|bien|aliviad[oa]s?) (?:\w+ ){0,4}(?:sin mi|"
         r"si (?:yo )?(?:no estuviera|me muero|me muriera|desapareciera|no existiera|me fuera|"
         r"ya no estuviera|muriera|me suicidara|me matara|me quitara la vida)|cuando "
         r"(?:yo )?(?:falte|no este|me vaya|me muera|ya no este))\b"),
        ("intent", 3,
         r"\b(?:mejor|mas felices|mas feliz|mas tranquil[oa]s?|bien) sin mi\b|\bsin mi "
         r"(?:estarian|estarias|estaria|estaran|estan|vivirian|seria|serian) mejor\b"),
        ("intent", 3,
         r"\bnadie (?:me )?(?:extranaria|extranara|echaria de menos|echara de menos|notaria|"
         r"notara|se daria cuenta|lloraria|me echaria en falta|vendria a mi funeral)\b"),
        ("intent", 2,
         r"\bsi (?:yo )?(?:me muriera|muriera|me muero|desapareciera|desaparezco|no estuviera|"
         r"ya no estuviera|no existiera|me matara|me fuera para siempre|dejara de existir)\b"),
        ("intent", 3,
         r"\bojala (?:\w+ ){0,3}(?:me muriera|muriera|me muera|no despertara|no despierte|"
         r"no me despierte|no hubiera nacido|me atropelle|me atropellara|me pasara algo|"
         r"me diera algo|estuviera muert[oa]|desapareciera|no existiera|me llevara|"
         r"no volviera a despertar|me durmiera para siempre)\b"),
        ("intent", 2,
         r"\bsobro\b(?: en (?:este mundo|esta vida|todas partes|aqui))?"),
        ("intent", 3,
         r"\bno deberia (?:estar viv[oa]|existir|haber nacido|seguir aqui|seguir viv[oa])\b"),
        ("intent", 3,
         r"\bno me veo (?:\w+ ){0,2}(?:aqui|aca|viv[oa]|manana|el ano que viene|en un ano|"
         r"dentro de)\b"),
        ("intent", 3,
         r"\bno (?:creo que )?(?:aguante|aguantare|voy a aguantar|pueda aguantar|sobreviva|"
         r"voy a sobrevivir) otr[ao] (?:noche|dia|semana)\b"),
        ("intent", 3,
         r"\bno voy a llegar a (?:navidad|fin de ano|manana|mi cumpleanos|la manana|el lunes|"
         r"el verano)\b"),
        ("intent", 3,
         r"\bmejor (?:si )?(?:me muero|me muriera|estar muert[oa]|muert[oa])\b"
         r"|\bse acabo para mi\b|\b(?:quitarme|me quito|me voy a quitar) de en medio\b"),
        ("intent", 3, r"\bmi (?:plan|carta|nota) (?:de|para) (?:suicidio|suicidarme|morir)\b"),
        ("self-harm", 3,
         r"\b(?:hacerme|me hago|me hare|me haria|me hice|me he hecho|me estoy haciendo|"
         r"volver a hacerme|me vuelvo a hacer|me volvi a hacer) (?:\w+ )?dano\b(?! (?:en (?:el|"
         r"la|los|las) (?:rodilla|espalda|tobillo|pie|mano|brazo|gimnasio|cuello)|jugando|"
         r"al (?:caer|correr|levantar)|corriendo|entrenando|con (?:la|el) (?:puerta|mesa)))"),
        ("self-harm", 3,
         r"\b(?:cortarme|me corto|me corte|me cortaba|me volvi a cortar|me he cortado|"
         r"me he vuelto a cortar|volver a cortarme|autolesionarme|me autolesiono|me autolesione|"
         r"me he autolesionado|lastimarme|me lastimo|me lastime|quemarme|me quemo|me queme|"
         r"golpearme|me golpeo|me golpee|hacerme cortes|me hago cortes|me hice cortes|rajarme|"
         r"me rajo)\b(?! (?:el pelo|el cabello|las unas|la lengua|un dedo|el dedo|con (?:un|el|"
         r"la) (?:cuchillo|papel|cristal|vaso|horno|sarten)|cocinando|afeitando(?:me)?|al "
         r"(?:cocinar|afeitarme|caer|sol)|sin querer|en la cocina|con el horno|con aceite|"
         r"la mano|en la playa|con el sol|el flequillo|la coleta|las puntas|el dedo|la rodilla))"),
        ("self-harm", 3,
         r"\b(?:cortes|heridas|cicatrices|quemaduras) (?:\w+ )?(?:en|de) (?:los|mis|las) "
         r"(?:brazos|munecas|piernas|muslos)\b"),
        ("self-harm", 2,
         r"\b(?:escondo|guardo|tengo|compre|he comprado|escondi|guarde|consegui|agarre) "
         r"(?:\w+ )?(?:cuchillas|navajas|una cuchilla|una navaja|hojas de afeitar|un cuter|"
         r"el cuter|la cuchilla|mis cuchillas)\b"),
        ("method", 3,
         r"\b(?:juntando|guardando|acumulando|ahorrando|escondiendo|reuniendo|contando|"
         r"coleccionando|junte|guarde|acumule|escondi|reuni|conte|he juntado|he guardado|"
         r"he acumulado|he escondido|he reunido|tengo guardad[oa]s|tengo escondid[oa]s|"
         r"tengo acumulad[oa]s|sin tomar(?:me)?|dejando de tomar|no me tomo) "
         r"(?:\w+ ){0,4}<DRUG>\b"),
        ("method", 3,
         r"\b(?:tengo|junte|reuni|hay|tengo ya|ya tengo) (?:\w+ )?(?:suficientes|bastantes|"
         r"las suficientes) <PILLS>\b|\b<PILLS> suficientes\b"),
        ("method", 3,
         r"\b(?:tomarme|tomar|me tomo|me tomare|me voy a tomar|voy a tomar|tragarme|tragar|"
         r"me trago|me tragare|me voy a tragar|me tomaria|beberme) (?:\w+ )?(?:todas|toda la "
         r"caja|todo el bote|el bote entero|la caja entera|un punado|un monton|muchas|"
         r"demasiadas|el blister|toda la tableta|todo lo que tengo|todo el frasco)\b"),
        ("method", 3,
         r"\b(?:me tome|tome|me trague|trague|me he tomado|he tomado|me acabo de tomar|"
         r"acabo de tomar|me bebi) (?:\w+ ){0,2}(?:todas|toda la caja|un punado|un monton|"
         r"muchas|demasiadas|el bote|la caja|\d+|veinte|treinta|cuarenta|cincuenta) (?:de )?"
         r"(?:las |mis )?(?:\w+ )?<PILLS>\b"),
        ("method", 3,
         r"\b<PILLS> (?:\w+ ){0,3}(?:preparadas|preparados|contadas|contados|alineadas|"
         r"alineados|listas|listos|en fila|separadas|separados)\b"),
        ("method", 1,
         r"\b(?:deje|he dejado|dejo|dejando) (?:de tomar )?(?:la|mi|mis|las) (?:medicacion|"
         r"tratamiento|<PILLS>)\b"),
        ("method", 2,
         r"\b<PILLS> (?:\w+ ){0,3}(?:en la mesa|delante de mi|en la mano|en mi mano|junto a mi|"
         r"al lado de la cama|en la mesilla)\b"),
        ("method", 2,
         r"\b(?:mirando|miro|mire|mirar|observo|observando|contemplo|contemplando) (?:\w+ ){0,2}"
         r"(?:las|mis|todas las|la|el|esa|ese|esas) (?:\w+ )?(?:pastillas|pildoras|cuchillas|"
         r"cuerda|soga|puente|vias|ventana|pistola|arma|navaja|vacio)\b"),
        ("method", 3,
         r"\b(?:busque|busco|buscando|he buscado|googlee|googleando|he googleado|investigue|"
         r"investigando|leyendo|lei|he leido|mire en internet|mirando en internet) (?:\w+ ){0,3}"
         r"(?:como (?:morir|suicidarme|suicidarse|matarme|matarse|ahorcarme|quitarme la vida|"
         r"hacerlo sin dolor)|formas de (?:morir|suicidarse|matarse)|maneras de|metodos de|"
         r"cuantas <PILLS>|dosis (?:letal|mortal)|suicidio|sobredosis)\b"),
        ("method", 3,
         r"\b(?:formas?|maneras?|metodos?) (?:\w+ ){0,2}(?:de|para) (?:morir|suicidarme|"
         r"suicidarse|matarme|matarse|acabar con (?:todo|mi vida)|quitarme la vida)\b"
         r"|\bcomo (?:suicidarme|matarme|morir sin dolor|quitarme la vida|ahorcarme)\b"
         r"|\b(?:cuantos|cuantas) (?:\w+ ){0,2}<PILLS> (?:\w+ ){0,3}(?:hacen falta|se necesitan|"
         r"son "
         r"mortales|para morir|matan|para no despertar)\b|\bdosis (?:letal|mortal)\b"
         r"|\bmorir sin dolor\b"),
        ("method", 3,
         r"\b(?:compre|comprado|tengo|consegui|he conseguido|prepare|he preparado|ate|he atado|"
         r"colgue|escondi|busque) (?:una |la |mi )?(?:soga|cuerda|nudo corredizo)\b"
         r"(?! (?:para|de) (?:escalar|escalada|saltar|tender|la ropa|guitarra|el barco|la tienda|"
         r"el perro|atar|el columpio))"),
        ("method", 3,
         r"\b(?:tirarme|aventarme|arrojarme|lanzarme|me tiro|me tirare|me voy a tirar|"
         r"me quiero tirar|me lanzo|me arrojo|saltar|me tire) (?:\w+ ){0,2}(?:del|de la|desde|"
         r"por|a las|al|bajo|delante del|delante de un|frente al|a la|de un|de una|debajo de) "
         r"(?:\w+ )?<PLACE>\b(?! (?:para (?:nadar|banarme)|en verano))"),
        ("method", 3,
         r"\b(?:estoy|estoy parad[oa]|estoy sentad[oa]|estoy de pie|subi|me he subido|me subi) "
         r"(?:\w+ ){0,2}(?:en|sobre|a) (?:el|la|las|los) (?:cornisa|borde|barandilla|vias|"
         r"baranda|pretil|alfeizar|repisa)\b"),
        ("method", 2,
         r"\b(?:estoy|estoy parad[oa]|estoy sentad[oa]|estoy de pie|subi|me he subido|me subi) "
         r"(?:\w+ ){0,2}(?:en|sobre|a) (?:el|la) (?:puente|azotea|tejado|balcon|acantilado|"
         r"ventana|terraza)\b"),
        ("method", 3,
         r"\b(?:mi plan es|planeo|el plan es) ir (?:al|a la|a las|hasta el|hasta la) <PLACE>\b"),
        ("method", 3,
         r"\b(?:usarla|usarlo|usarlas|usarlos|la uso|lo uso|la usare|lo usare|apuntarme|apuntarla|"
         r"dispararme|volverla|volverlo) (?:\w+ )?contra mi\b"),
        ("method", 2,
         r"\b(?:tengo|compre|consegui|cargue|he cargado|agarre|sostengo|tengo en la mano) "
         r"(?:\w+ )?(?:una |la |el |mi )?(?:pistola|arma|escopeta|revolver|rifle)\b"),
        ("method", 3,
         r"\b(?:pistola|arma|cuchillo|cuchilla|navaja) (?:\w+ ){0,2}(?:en|contra) (?:la|mi) "
         r"(?:cabeza|sien|boca|muneca|munecas|cuello|garganta|pecho)\b"),
        ("method", 2,
         r"\b(?:antes de que|mientras) (?:\w+ ){0,3}(?:se despierte|se despierten|despierte|"
         r"despierten|duerme|duermen|lleguen|llegue|vuelva|vuelvan|me encuentren|me encuentre|"
         r"se den cuenta|se de cuenta|esten durmiendo|este durmiendo|puedan impedirlo)\b"),
        ("method", 3,
         r"\b(?:tengo|elegi|he elegido|ya tengo|escogi) (?:el|la) (?:fecha|dia|lugar|sitio|"
         r"metodo|forma|hora)\b|\bse (?:exactamente )?como (?:lo )?(?:haria|voy a hacer|hacerlo|"
         r"lo hare)\b|\btengo un plan (?:para|de) (?:matarme|suicidarme|acabar|morir)\b"),
        ("goodbye", 3,
         r"\bcuando (?:lean|leas|leais|vean|veas|veais|encuentren|encuentres) (?:esto|este "
         r"mensaje|estas lineas|mi mensaje|esta carta)\b"),
        ("goodbye", 3,
         r"\bno (?:volveran|volvereis|volveras|vais a volver|van a volver|vas a volver) a saber "
         r"(?:nada )?de mi\b|\bno sabran (?:nada )?mas de mi\b|\bno me (?:busquen|busqueis|"
         r"busques|intenten buscar|salven|intenten salvar)\b|\bno (?:os|se|te) culpeis\b"
         r"|\bno (?:se )?culpen\b"),
        ("goodbye", 3,
         r"\b(?:diganle|decidle|dile|decirle|digan|decid|diles|decirles) a (?:mis|mi) <KIN> "
         r"que (?:los |las |la |lo |les )?(?:quise|quiero|amo|ame|quiero mucho|siento|"
         r"perdonen|lo siento)\b"),
        ("goodbye", 3,
         r"\b(?:cuiden|cuidad|cuida|cuidar|cuidadme|cuidenme) (?:de )?(?:a )?(?:mis|mi) <KIN> "
         r"(?:por mi|cuando no este|cuando me vaya|cuando ya no este)\b"),
        ("goodbye", 3, r"\badios (?:para siempre|mundo|a todos para siempre|definitivo)\b"),
        ("goodbye", 3,
         r"\b(?:este|esta|es) (?:es )?mi (?:ultimo|ultima) (?:mensaje|post|publicacion|"
         r"despedida|adios|carta)\b(?! (?:antes|hasta|del|de hoy|por hoy|de la semana|de este|"
         r"en|aqui|del ano|por ahora))|\besta es mi despedida\b"),
        ("goodbye", 3, r"\b(?:carta|cartas|nota|notas|video|mensaje) de despedida\b"),
        ("goodbye", 2,
         r"\b(?:escribi|he escrito|escribo|estoy escribiendo|deje|he dejado|dejo|prepare|"
         r"he preparado|grabe|he grabado) (?:\w+ ){0,2}(?:una |unas |las |mis |un |unos )?"
         r"(?:carta|cartas|nota|notas|mensajes|video|videos) (?:\w+ )?(?:a|para) (?:mis|mi|"
         r"cada uno de mis|todos|cada)\b"),
        ("goodbye", 2, r"\bseguro de vida\b|\bmi testamento\b"),
        ("goodbye", 2,
         r"\b(?:regalando|regale|he regalado|repartiendo|reparti|he repartido|dando|di|"
         r"he dado) (?:todas |todos )?mis (?:cosas|pertenencias|libros|ropa|mascotas)\b"),
        ("farewell", 1,
         r"\bperdon(?:enme|adme|ame)? por todo\b|\blo siento por todo\b|\b(?:os|los|las) "
         r"quiero (?:a todos|a todas|mucho)\b|\bhe hecho las paces\b|\bestoy en paz con "
         r"(?:mi decision|ello|esto)\b|\bya es hora de irme\b|\bme llego la hora\b"
         r"|\blo tengo todo (?:organizado|preparado|listo|arreglado|planeado)\b|\bpara que nadie "
         r"(?:tenga|tuviera) que\b|\bhe dejado "
         r"todo (?:organizado|arreglado|preparado)\b|\bgracias por intentarlo\b"),
        ("hopeless", 1,
         r"\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas|seguir|con (?:esto|todo|mi vida|la "
         r"vida)|este dolor|vivir asi)\b|\bno (?:aguanto|soporto|puedo con) (?:esto|nada|mi vida)"
         r"\b|\bno puedo mas\b"),
        ("hopeless", 2, r"\bno puedo seguir (?:viviendo|asi|con esta vida)\b"),
        ("hopeless", 1,
         r"\b(?:no (?:hay|veo|encuentro|tengo)|sin) (?:ninguna )?(?:salida|esperanza|futuro|"
         r"solucion)\b|\b(?:nada|ya nada) tiene sentido\b|\bsin sentido\b|\bnada va a "
         r"(?:cambiar|mejorar)\b|\bnunca va a (?:cambiar|mejorar)\b|\bme rindo\b|\bme doy por "
         r"vencid[oa]\b|\btirar la toalla\b|\bya no (?:tengo|me quedan) fuerzas\b|\bno (?:tengo|"
         r"me quedan) fuerzas (?:para|de) (?:seguir|luchar|nada)\b|\bno le importo a nadie\b"
         r"|\bnadie me quiere\b|\bme odio\b|\bodio mi vida\b|\bno valgo nada\b|\bpara que "
         r"seguir\b|\bde que sirve\b|\bque sentido tiene\b|\bestoy acabad[oa]\b"
         r"|\b(?:estoy|me siento) (?:\w+ )?(?:harto|harta|cansado|cansada|agotado|agotada) de "
         r"(?:todo|luchar|intentarlo|sufrir)\b|\bseria (?:tan |muy )?facil\b"),
        ("goodbye", 2,
         r"\b(?:ultimas voluntades|mi testamento|asuntos en orden|papeles en orden|todo en orden|"
         r"dejar(?:lo)? todo (?:en orden|atado)|quien se queda con (?:que|mis cosas)|"
         r"escrito a cada uno|escribi a cada uno)\b"),
        ("farewell", 1,
         r"\b(?:estoy|me siento) (?:\w+ )?(?:tranquil[oa]|en paz|aliviad[oa]|seren[oa])"
         r"(?: por primera vez| por fin| ahora)?\b(?! (?:con (?:el|la) (?:nuevo|nueva|"
         r"resultado)|despues de))|\bya no tengo miedo\b"),
        ("goodbye", 2,
         r"\b(?:mi|es mi) (?:ultima|ultimo) (?:noche|dia|tarde|manana|fin de semana|cena|"
         r"navidad|cumpleanos)\b(?! (?:en|de|del|antes|con (?:el|mis) (?:equipo|companeros)))"),
        ("farewell", 1,
         r"\b(?:manana|hoy|esta noche) es (?:el dia|la noche)\b(?! (?:de|del|para|que|en|:)\b)"),
        ("farewell", 1,
         r"\b(?:perdon|perdoname|perdonadme|perdonenme|lo siento) (?:\w+ )?(?:mama|papa|mami|"
         r"papi|hijos|hija|hijo|a todos|todos|chicos|amor|familia)\b|\b(?:os|los|las|te) "
         r"quiero(?= *$| ,)"),
        ("goodbye", 3,
         r"\b(?:perdon|perdonadme|perdoname|lo siento|siento) (?:\w+ ){0,3}(?:el dano|el dolor) "
         r"que (?:voy a|os voy a|les voy a|te voy a) (?:causar|hacer)\b|\bperdon a (?:quienes|"
         r"los que|todos los que) (?:voy a|les voy a) (?:hacer dano|herir|decepcionar)\b"),
        ("goodbye", 2,
         r"\bno (?:supe|pude|fui capaz de) ser (?:mas |lo suficientemente |lo bastante )?fuerte\b"),
        ("intent", 3,
         r"\b(?:ya no|nunca mas|no) (?:tendran|tendreis|tendras|van a tener|vais a tener|"
         r"vas a tener|tendra) que (?:preocuparse|preocuparos|preocuparte|cuidar(?:me)?|"
         r"aguantarme|cargar conmigo|ocuparse de mi)\b"),
        ("intent", 3,
         r"\b(?:me dicen|me dice|me ordenan|me piden|me empujan a) (?:que )?(?:me mate|me muera|"
         r"me suicide|salte|me tire|lo haga|acabe con todo|matarme|morir)\b"),
        ("intent", 3,
         r"\blo unico que me (?:frena|retiene|mantiene (?:aqui|con vida|viv[oa])|detiene|para|"
         r"sostiene)\b|\bla unica razon (?:por la que|de que) sigo (?:aqui|viv[oa])\b"),
        ("intent", 3,
         r"\b(?:le )?(?:pido|rezo|ruego|suplico) (?:a dios |al cielo |a la vida )?(?:que|para "
         r"que) (?:me lleve|me deje morir|no me deje despertar|no despierte|me muera|se me "
         r"lleve)\b"),
        ("intent", 3,
         r"\b(?:decepcionad[oa]|triste|frustrad[oa]|enfadad[oa]|me decepciona|me frustra|me da "
         r"rabia|odio) (?:de |al |por )?(?:despertar(?:me)?|seguir viv[oa]|seguir aqui|haber "
         r"despertado|abrir los ojos)\b"),
        ("intent", 2,
         r"\bno se si (?:voy a poder|podre|puedo) (?:parar|pararme|controlarme|aguantarme|"
         r"contenerme)\b|\bmiedo (?:a|de) no (?:poder )?(?:parar|controlarme)\b|\bno me siento "
         r"segur[oa] (?:conmigo|esta noche|sol[oa])\b"),
        ("method", 3,
         r"\b<PILLS> (?:\w+ ){0,6}(?:distintas|diferentes|varias|dos|tres|cuatro|otras) "
         r"farmacias\b|\b(?:distintas|diferentes|varias|dos|tres|cuatro) farmacias (?:\w+ ){0,6}"
         r"<PILLS>\b"),
        ("method", 2,
         r"\bpara que (?:no (?:sospechen|se den cuenta|se entere nadie|lo noten)|nadie "
         r"(?:sospeche|se de cuenta|se entere|lo note))\b|\bsin que (?:nadie|mi \w+|mis \w+) "
         r"(?:se de cuenta|se den cuenta|lo sepa|lo sepan|sospeche)\b"),
        ("method", 2,
         r"\b(?:compre|he comprado|me he comprado|me compre|comprando|consegui|he conseguido) "
         r"(?:\w+ ){0,3}<PILLS>\b"),
        ("method", 3,
         r"\b(?:pistola|escopeta|arma|soga|cuerda|cuchilla|cuchillas|navaja) (?:\w+ ){0,10}?"
         r"(?:keep (?:pensar|pensando) en (?:ella|el|eso|ello)|me llama|no me la quito de la "
         r"cabeza)\b|\b(?:keep|sigo) (?:pensar|pensando|mirar|mirando) (?:en )?(?:\w+ ){0,3}"
         r"(?:pistola|escopeta|arma|soga|cuerda|cuchilla|cuchillas|navaja)\b"),
        ("method", 2,
         r"\b(?:viendo|mirando|ver|mirar) pasar (?:los )?trenes\b|\b(?:solo|bastaria|basta|solo "
         r"tendria que|solo tengo que) (?:dar )?un (?:paso|salto)\b|\b(?:keep|sigo) (?:pensar|"
         r"pensando|mirar|mirando) (?:en )?(?:\w+ ){0,3}(?:<PILLS>|puente|vias|tren|azotea|vacio)"
         r"\b"),
        ("hopeless", 1,
         r"\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:fingir|aparentar|disimular|sonreir)\b"
         r"|\bno soy (?:lo )?(?:suficientemente|bastante) fuerte\b"),
        ("method", 3,
         r"\b(?:me tome|tome|me trague|trague|me he tomado|he tomado|me acabo de tomar|"
         r"acabo de tomar|me bebi|me he bebido) (?:un|una|el|la|todo el|toda la|mi|el bote|"
         r"dos|tres) (?:\w+ )?(?:blister|caja|bote|frasco|tableta|paquete|tubo|envase|cajas|"
         r"blisteres)(?: entero| entera| completo| completa)? de (?:\w+ )?<DRUG>\b"),
        ("method", 3,
         r"\b(?:garaje|cochera) (?:\w+ ){0,4}(?:motor|coche) (?:\w+ )?(?:encendido|en marcha|"
         r"arrancado)\b|\b(?:motor|coche) (?:\w+ )?(?:encendido|en marcha) (?:\w+ ){0,4}"
         r"(?:garaje|cochera)\b"),
        ("method", 2,
         r"\b(?:voy a ir|me voy a ir|pienso ir|ire|vuelvo|voy|fui|subi) (?:\w+ )?(?:al|a la|a "
         r"las|hasta el|hasta la) (?:acantilado|vias|azotea|puente|barranco|precipicio|viaducto)"
         r"\b(?! (?:con|a (?:pasear|ver|correr)|de paseo|para (?:ver|pasear|correr|hacer)))"),
        ("method", 1,
         r"\b(?:la|lo|las|los) tengo (?:guardad[oa]s?|escondid[oa]s?)\b|\b(?:la|lo|las|los) "
         r"(?:guardo|escondo|escondi|guarde) (?:en|debajo de|bajo) (?:mi|la|el)\b"),
        ("self-harm", 3,
         r"\bme (?:he vuelto a|vuelvo a|volvi a|he empezado a|empece a|sigo|voy a|quiero|"
         r"necesito) (?:\w+ )?(?:cortar|quemar|lastimar|autolesionar|golpear|aranar|rajar|"
         r"hacer dano|hacer cortes)\b(?! (?:el pelo|las unas|con el horno|al sol|en la cocina|"
         r"cocinando))"),
        ("intent", 3,
         r"\bnadie (?:se (?:va a dar|daria|dara|va a enterar) cuenta|(?:lo )?notar(?:a|ia)|me "
         r"va a echar de menos|me va a extranar) (?:\w+ )?si (?:yo )?(?:me muero|muero|"
         r"desaparezco|me voy|no estoy|me mato|ya no estoy|dejo de existir)\b"),
        ("intent", 2, r"\bdesaparec\w* (?:para siempre|del todo|sin dejar rastro)\b"),
        ("goodbye", 2,
         r"\bya (?:sabreis|sabran|sabras|sabrais) (?:por que|porque)\b|\bsi (?:manana )?no "
         r"(?:estoy|aparezco|escribo|contesto|vuelvo a escribir)(?: manana| mas)?\b"),
        ("hopeless", 1, r"\bnecesito sentir algo\b|\bno siento nada\b"),
        ("intent", 3,
         r"\b(?:la muerte|morir(?:me)?|estar muert[oa]|no despertar(?:me)?|el suicidio|dejar de "
         r"existir|desaparecer) (?:\w+ ){0,2}(?:seria|es|suena|parece|sera) (?:\w+ ){0,2}(?:un "
         r"alivio|una liberacion|un descanso|la paz|mejor|lo mejor|la solucion|la salida|una "
         r"bendicion|un regalo|un respiro|libertad)\b|\b(?:envidio|anhelo|deseo) (?:a )?(?:la "
         r"muerte|los muertos)\b"),
        ("self-harm", 3,
         r"\b(?:cuchilla|cuchillas|navaja|mechero|cuchillo|cuter|tijeras|cristal) (?:\w+ ){0,10}?"
         r"(?:la uso|lo uso|las uso|los uso|la use|lo use|usarla|usarlo) (?:cuando|cada|contra "
         r"mi|otra vez|para)\b"),
        ("self-harm", 3, r"\bme (?:abri|he abierto|corte|he cortado) las (?:venas|munecas)\b"),
        ("goodbye", 2, r"\bsi (?:me pasa|me pasara|me llega a pasar) algo\b"),
        ("farewell", 1,
         r"\b(?:contrasena|contrasenas|claves|codigos|pin|datos del banco) (?:\w+ ){0,6}(?:en el "
         r"cajon|en un sobre|en la libreta|en mi escritorio)\b"),
        ("goodbye", 2,
         r"\b(?:escribo|os escribo|les escribo|te escribo|hablo|publico|me despido) (?:\w+ ){0,2}"
         r"(?:por ultima vez|una ultima vez)\b|\bpor ultima vez\b(?= *$)"),
        ("farewell", 1,
         r"\bgracias por (?:haberme acompanado|acompanarme|estar ahi|estar siempre|vuestro apoyo|"
         r"todo lo que habeis hecho)\b"),
        ("method", 2,
         r"\b(?:ya )?(?:compre|tengo|consegui) todo lo que necesito\b|\b(?:solo falta que|espero "
         r"a que|en cuanto|cuando) (?:mis padres|mi pareja|mi familia|mi marido|mi mujer|todos|"
         r"los ninos) se (?:vayan|vaya|duerman|duerma|marchen|marche)\b"),
        ("method", 2,
         r"\b(?:he elegido|elegi|he localizado|localice|encontre|he encontrado|tengo) (?:el|un) "
         r"(?:puente|sitio|lugar|arbol|edificio|acantilado)\b(?! (?:para (?:comer|cenar|la "
         r"fiesta|vivir)|perfecto para (?:la|el|una|un)))|\b(?:cuando|a que hora) no hay nadie\b"),
        ("method", 3,
         r"\b(?:guardando|guardo|guarde|escondiendo|escondo|ahorrando|reservando) (?:\w+ ){0,3}"
         r"(?:para cuando (?:llegue el momento|este list[oa]|lo necesite)|para el dia|para mas "
         r"adelante|para el momento)\b"),
        ("goodbye", 3,
         r"\b(?:no creo que|dudo que|no voy a) (?:llegue a ver|vea|llegar a ver|ver|llegue a|"
         r"llegar a) (?:\w+ )?(?:la primavera|el verano|el otono|el invierno|navidad|mi cumpleanos|"
         r"el ano que viene|fin de ano|el proximo ano|el mes que viene)\b"),
        ("intent", 3,
         r"\b(?:deseo|ojala|espero|rezo para) (?:que )?(?:un|el|algun) (?:coche|camion|autobus|"
         r"tren|"
         r"conductor) (?:no frene|me atropelle|me arrolle|no pare|me pille|me lleve por "
         r"delante)\b"),
        ("goodbye", 3,
         r"\b(?:regalar|regalando|regale|he regalado|repartir|repartiendo|dar|dando|di) (?:\w+ )?"
         r"(?:mis|mi) (?:\w+ )(?:y|,) (?:mis |mi )?\w+\b"),
        ("goodbye", 2,
         r"\b(?:regalar|repartir|dar) (?:todas |todos )?mis (?:cosas|pertenencias|libros|ropa|"
         r"mascotas)\b"),
        ("intent", 3,
         r"\bpara que seguir (?:aqui|viv[oa]|viviendo|en este mundo|respirando|existiendo)\b"),
        ("hopeless", 2, r"\bnadie me (?:necesita|quiere|echa de menos)\b"),
        ("intent", 3,
         r"\b(?:imagino|me imagino|pienso en|sueno con|planeo|planifico|preparo) (?:\w+ )?mi "
         r"(?:entierro|funeral|velorio)\b"),
        ("self-harm", 3,
         r"\b(?:he cortado|me he cortado|me corte|corte) (?:demasiado|muy|mas|tan) (?:profundo|"
         r"hondo)\b"),
        ("self-harm", 2, r"\b(?:sangro mucho|no (?:para|deja) de sangrar|sangrando mucho)\b"),
        ("intent", 3,
         r"\b(?:en paz|tranquil[oa]|bien|conforme) con (?:lo que voy a hacer|mi decision|la "
         r"decision|morir(?:me)?)\b(?! de)"),
        ("intent", 2,
         r"\b(?:voy a|puedo|quiero|miedo de|miedo a|capaz de|podria) hacer (?:una|alguna) "
         r"(?:locura|tonteria|estupidez|barbaridad|burrada)\b"),
        ("intent", 3,
         r"\blo (?:tranquilo|facil|bonito|agradable|bien|sencillo|comodo) que (?:seria|sera) "
         r"(?:morir(?:me)?|no despertar(?:me)?|desaparecer|dejar de existir|dormir para siempre|"
         r"no estar|acabar con todo)\b"),
        ("intent", 3,
         r"\besperando (?:a )?(?:morir(?:me)?|la muerte|que (?:todo )?se acabe|el final)\b"),
        ("goodbye", 3,
         r"\b(?:este|esta) (?:sera|va a ser) mi (?:ultimo|ultima) (?:mensaje|post|publicacion|"
         r"despedida|carta)\b(?! (?:antes|hasta|del|de hoy|por hoy|de la semana|de este|en|"
         r"aqui|del ano|por ahora))"),
        ("farewell", 1,
         r"\bgracias a (?:todos )?(?:los|las|quienes) (?:que )?(?:lo )?(?:intentaron|me "
         r"ayudaron|me escucharon|me respondieron|os preocupasteis)\b"),
        ("method", 3,
         r"\b(?:vodka|whisky|ginebra|ron|vino|alcohol|botella de \w+) (?:\w+ ){0,8}<PILLS>\b"
         r"|\b<PILLS> (?:\w+ ){0,8}(?:vodka|whisky|ginebra|ron|vino|alcohol)\b"),
        ("method", 2,
         r"\b<PILLS> (?:\w+ ){0,3}(?:encima de la cama|sobre la cama|en la cama|en la mesilla)\b"),
        ("plan", 1, r"\b(?:no se lo he dicho a nadie|nadie lo sabe|no lo sabe nadie)\b"),
        ("goodbye", 2,
         r"\b(?:despidiendo|despidiendome|me despido|me he despedido) (?:\w+ )?de (?:la gente|"
         r"todos|"
         r"mis amigos|mi familia|cada uno)\b"),
        ("method", 2,
         r"\bsin que (?:nadie |ellos |ellas |mi \w+ |mis \w+ )?(?:se de cuenta|se den cuenta|lo "
         r"sepa|lo sepan|sospeche|sospechen|lo note|lo noten)\b"),
        ("goodbye", 2, r"\bnada de esto (?:importara|va a importar|importa)\b"),
        ("farewell", 1, r"\b(?:todo|esto) (?:habra terminado|habra acabado|se acabara|acabara)\b"),
        ("hopeless", 1, r"\b(?:dejado|deje|dejo) de (?:comer|dormir|ducharme|levantarme)\b"
                        r"|\bpara que(?= *$)"),
        ("method", 1,
         r"\b(?:dejado|deje|dejo|dejando) (?:\w+ ){0,4}de tomar(?:me)? (?:la|mi|mis|las) "
         r"(?:medicacion|tratamiento|<PILLS>)\b"),
        ("intent", 3,
         r"\b(?:el mundo|todo|la vida|todos|la gente) (?:seguiria|seguira|iria|ira) (?:igual|"
         r"girando|adelante|bien|perfectamente) sin mi\b"),
        ("hopeless", 2, r"\bnadie notaria la diferencia\b"),
        ("method", 3,
         r"\b(?:tragar(?:me)?|tomar(?:me)?|me trago|me tomo) (?:todo|todas|lo que sea) (?:\w+ "
         r"){0,5}"
         r"botiquin\b"),
        ("intent", 2,
         r"\b(?:voy a|quiero|por fin|es hora de) (?:\w+ )?dejarme (?:ir|llevar para siempre)\b"),
        ("intent", 3,
         r"\bojala (?:\w+ ){0,2}(?:pudiera|pudiese|poder) (?:<FILL>)?<DEATH>\b"),
        ("intent", 3,
         r"\bya no (?:<FILL>)?(?:quiero|deseo|quisiera) (?:seguir )?(?:estar aqui|estar aca|estar "
         r"en este mundo|seguir aqui)\b"),
        ("farewell", 1, r"\bgracias por (?:intentar|tratar de) (?:ayudarme|salvarme|entenderme)\b"),
        ("self-harm", 3,
         r"\b(?:me )?(?:aranado|aranando|arane|aranar|rascado|rascando|golpeado|golpeando|golpee|"
         r"quemado|quemando|mordido|mordiendo|cortado|cortando) (?:\w+ ){0,3}hasta (?:sangrar|"
         r"hacerme sangre|que sangraron|que sangro|sangrar)\b"),
        ("goodbye", 2,
         r"\b(?:por si|en caso de que|si) no (?:vuelvo|volviera|regreso|regresara|despierto|"
         r"despertara|llego)\b"),
        ("farewell", 1,
         r"\b(?:cuidaos|cuidense|cuidaros)(?: mucho| entre vosotros| unos a otros)?\b"
         r"|\b(?:list[oa]|preparad[oa]) para irme\b|\bya es hora de irme\b"),
        ("intent", 3,
         r"\bnada (?:por lo que|para|por que) (?:seguir )?vivir\b|\bninguna razon (?:para|por la "
         r"que) vivir\b"),
        ("intent", 3, r"\bno (?:aguanto|soporto) (?:mas )?(?:la vida|vivir|esta vida|mi vida|"
                      r"seguir "
                      r"viv[oa])\b"),
        ("method", 2, r"\bya tengo (?:las|mis|suficientes|todas las) <PILLS>\b"),
        ("method", 2, r"\bme (?:la|las|lo|los) (?:tomo|trago|voy a tomar|tomare) (?:toda|todas|"
                      r"todo|todos)\b"),
        ("goodbye", 2,
         r"\bsi (?:estas|estais|esta|alguien esta) (?:leyendo|viendo) (?:esto|este mensaje)\b"),
        ("farewell", 1, r"^ lo siento(?: mucho)? $"),
        ("intent", 3,
         r"\b(?:no (?:creo que )?(?:pueda|podre|puedo)|no se si (?:puedo|podre)) (?:\w+ )?"
         r"(?:mantenerme|estar|seguir|quedarme) a salvo\b"),
        ("method", 3,
         r"\b(?:meterme|entrar|caminar|adentrarme|andar|nadar) (?:\w+ )?(?:en|hacia) el mar "
         r"(?:\w+ ){0,2}(?:y no (?:voy a )?volver|sin volver|hasta (?:desaparecer|no poder mas|"
         r"hundirme))\b"),
        ("goodbye", 2,
         r"\bno (?:esteis|esten|estes|os pongais|se pongan|te pongas) tristes?\b|\bno (?:lloreis|"
         r"lloren|llores) por mi\b|\bno (?:os culpeis|te culpes|se culpen)\b"),
        ("farewell", 1, r"\bno es culpa (?:vuestra|tuya|suya|de nadie)\b"),
        ("self-harm", 2,
         r"\b(?:brazos|piernas|munecas|muslos|piel|cuerpo|tripa) (?:\w+ )?(?:llenos|llenas|"
         r"cubiertos|cubiertas|lleno|llena) de (?:cortes|cicatrices|quemaduras|heridas|"
         r"aranazos)\b"),
        ("method", 2,
         r"\b(?:pensar|pensando|pienso) en lo (?:rapido|facil|sencillo|poco) que (?:seria|sera|"
         r"costaria)\b"),
        ("method", 1,
         r"\b(?:estoy|sigo|me quedo) (?:en|junto a) (?:la estacion|el anden|las vias|el paso a "
         r"nivel)\b"),
        ("method", 3,
         r"\b(?:estrellar(?:me)?|estampar(?:me)?|empotrar(?:me)?) (?:con )?(?:el coche|la moto|el "
         r"carro)? ?(?:contra|en) (?:un|una|el|la) (?:muro|pared|arbol|camion|farola|puente)\b"
         r"|\b(?:salirme|tirarme) (?:con el coche )?(?:de la carretera|por el barranco)\b"),
        ("intent", 2, r"\b(?:podria|podia|mejor|ya puestos) (?:\w+ )?hacerlo oficial\b"),
        ("hopeless", 1, r"\b(?:soy|me siento) (?:\w+ )?(?:un fantasma|muert[oa] por dentro)\b"),
        ("hopeless", 2,
         r"\b(?:soy|me siento|siento que soy) (?:una|un) (?:carga|estorbo|lastre|peso muerto)\b"
         r"|\bla unica salida\b|\bno hay otra (?:salida|manera|forma)\b"),
        ("plan", 1,
         r"(?<!hasta )\b(?:esta noche|manana|este fin de semana|ahora mismo|ya mismo|pronto|"
         r"el viernes|esta semana|de madrugada|hoy|cada noche|todas las noches|toda la noche|"
         r"toda la tarde|me paso las noches)\b"),
        ("plan", 1,
         r"\b(?:lo he decidido|ya lo decidi|lo decidi|esta decidido|ya esta decidido|lo tengo "
         r"decidido|estoy decidid[oa]|estoy list[oa]|ha llegado el momento|es el momento|"
         r"ya es hora|tengo un plan|tengo la fecha|todo esta listo|ya lo tengo claro|"
         r"no hay vuelta atras)\b"),
    ],
    subject=[
        ("intent", 3,
         r"\b<WANT> <FILL><DEATH>\b(?! (?:de (?:risa|hambre|sueno|ganas|verguenza|frio|calor|"
         r"aburrimiento|pena|miedo|envidia|cansancio|sed|asco)|por (?:verte|veros|ir|saber)|"
         r"en (?:el|la) (?:sofa|cama|piscina|playa)))"),
        ("intent", 3,
         r"\bno (?:<FILL>)?(?:quiero|tengo ganas de|deseo|quisiera|me apetece|se si quiero|"
         r"quiero ni) (?:<FILL>)?(?:seguir )?(?:vivir|viviendo|estar viv[oa]|existir|respirar|"
         r"respirando|despertar(?:me)?|seguir aqui|seguir en este mundo|estar en este mundo|seguir "
         r"con "
         r"vida|levantarme nunca mas)\b(?! (?:en|con|aqui en|alli|sol[oa]|lejos))"),
        ("intent", 2,
         r"\bno (?:<FILL>)?(?:quiero|tengo ganas de|deseo|quisiera) (?:seguir|continuar|"
         r"estar aqui|estar aca|levantarme|luchar|intentarlo)\b(?! (?:en|con|aqui en|"
         r"trabajando|estudiando|con (?:el|la|este|esta)))"),
        ("intent", 3,
         r"\b(?:sin|no (?:tengo|hay|encuentro|veo)|ya no (?:tengo|hay|encuentro|veo)|ninguna) "
         r"(?:\w+ ){0,2}(?:razon|razones|motivo|motivos|sentido|ganas) (?:para|de|a|en) "
         r"(?:seguir )?(?:vivir|viviendo|la vida|estar viv[oa]|existir)\b"),
        ("intent", 2,
         r"\b(?:sin|no (?:tengo|hay|encuentro|veo)|ya no (?:tengo|hay|encuentro|veo)|ninguna) "
         r"(?:\w+ ){0,2}(?:razon|razones|motivo|motivos|sentido|ganas) (?:para|de|a|en) "
         r"(?:seguir|continuar|levantarme|luchar)\b"),
        ("intent", 3,
         r"\bno le (?:veo|encuentro) (?:ningun )?sentido a (?:la vida|vivir|mi vida|seguir "
         r"viviendo|seguir viv[oa]|existir)\b"),
        ("intent", 2,
         r"\bno le (?:veo|encuentro) (?:ningun )?sentido a (?:seguir|nada|esto|continuar|"
         r"levantarme)\b"),
        ("intent", 3,
         r"\b(?:la|mi) vida (?:ya )?no (?:vale|tiene) (?:la pena|sentido|valor)\b|\bno vale la "
         r"pena "
         r"(?:seguir )?(?:vivir|viviendo)\b"),
        ("intent", 3,
         r"\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|estar viv[oa]|existir|"
         r"respirar|despertar(?:me)?)\b"),
        ("intent", 3,
         r"\b(?:dormir(?:me)?|acostarme|cerrar los ojos) y no (?:volver a )?(?:despertar(?:me)?|"
         r"abrirlos|abrir los ojos)\b"),
        ("intent", 3,
         r"\b(?:soy|estoy|me siento|sentirme|me he sentido|me sentia|ando|vuelvo a estar|"
         r"vuelvo a sentirme|muy|bastante) (?:\w+ )?suicida\b"),
        ("intent", 3,
         r"\b(?:pensamientos|ideas|ideacion|impulsos) (?:suicidas?|de (?:suicidio|muerte|"
         r"morir(?:me)?|matarme|quitarme la vida|acabar con todo|hacerme dano|cortarme))\b"),
        ("intent", 3,
         r"\b(?:el suicidio|la muerte|morir(?:me)?|matarme) (?:\w+ ){0,2}(?:no (?:me )?sale de "
         r"mi cabeza|en mi cabeza|la unica salida|la unica opcion|la unica solucion)\b"),
        ("intent", 3,
         r"\bquiero que (?:(?:todo|esto|todo esto|el dolor|la vida|mi vida) )?(?:se )?(?:termine|"
         r"acabe|pare|se acabe) (?:, )?(?:para siempre|de una vez|ya|definitivamente)\b"),
        ("intent", 3, r"\bquiero que (?:todo|la vida|mi vida) (?:se )?(?:termine|acabe|pare)\b"),
        ("intent", 2, r"\bquiero que (?:esto|todo esto) (?:se )?(?:termine|acabe|pare)\b"),
        ("intent", 2,
         r"\bpor que (?:sigo|sigo viv[oa]|sigo aqui|me despierto|sigo despertando|sigo "
         r"respirando)\b"),
        ("intent", 2,
         r"\b(?:irme|me voy|me ire|marcharme|me marcho|partir) (?:\w+ )?para siempre\b"),
        ("intent", 3,
         r"\b(?:quiero|voy a|pienso|decidi|he decidido) (?:<FILL>)?(?:acabar|terminar) con todo"
         r"\b(?! (?:el|lo|esto|eso|la|los|las|de))|\b(?:acabo|termino|acabare|terminare|"
         r"voy a acabar|voy a terminar) con todo\b(?! (?:el|lo|esto|eso|la|los|las|de))"),
        ("self-harm", 3,
         r"\b(?:volvi a|he vuelto a|empece a|empezado a|sigo|recai|recaida|ganas de) "
         r"(?:\w+ )?(?:cortarme|autolesionarme|hacerme dano|lastimarme|quemarme|las "
         r"autolesiones|los cortes)\b"),
    ],
    soft=[
        ("goodbye", 2,
         r"\b(?:adios|me despido) (?:de )?(?:a )?(?:todos|todas|ustedes|vosotros|amigos|chicos|"
         r"chicas|todo el mundo)\b|\b(?:quiero|queria|vengo a|quisiera) despedirme\b"
         r"|\bhasta siempre\b|\b(?:quiero|queria) (?:deciros|decirles|decirte) adios\b"),
        ("goodbye", 3,
         r"\bya no (?:estare|voy a estar|estaria)\b(?! (?:en (?:la|el) (?:reunion|grupo|"
         r"trabajo|oficina)|disponible|conectad[oa]|de guardia))"),
        ("goodbye", 2,
         r"\bpara (?:despues|cuando (?:ya )?no este|cuando me vaya|cuando falte)\b"
         r"|\bcuando (?:yo )?(?:ya )?(?:no este|falte|me haya ido|me muera|ya no estes)\b"
         r"|\bno falta mucho\b|\bfalta poco\b|\bya queda poco\b"),
        ("farewell", 1, r"\bgracias por todo\b"),
        ("goodbye", 2,
         r"\bno (?:volvere|voy a volver) a (?:escribir|publicar|entrar|pasarme|conectarme)\b"
         r"(?! (?:hasta|en (?:un|unos|una)|por (?:un|una)))"),
    ],
    again=(
        r"\b(?:volver a hacerlo|hacerlo (?:otra vez|de nuevo|esta noche|hoy|manana|de verdad)|"
        r"lo voy a hacer|lo vuelvo a hacer|lo hare|voy a hacerlo|lo hago (?:esta noche|hoy|"
        r"manana)|noche lo (?:hago|hare|voy a hacer)|hoy lo (?:hago|hare|voy a hacer)|"
        r"manana lo (?:hago|hare|voy a hacer)|semana lo (?:hago|hare|voy a hacer)|"
        r"(?:pensando en|pienso en|ganas de|voy a|quiero) hacerlo|me (?:hice|he hecho|hago) "
        r"mas|"
        r"volver a intentarlo|intentarlo (?:otra vez|de nuevo)|esta vez (?:si|de verdad|"
        r"no voy a fallar|lo consigo)|terminar lo que empece|acabar lo que empece|"
        r"reunirme con (?:el|ella|ellos)|irme con (?:el|ella|ellos)|volver a las andadas)\b"
    ),
    backoff=(
        r"\b(?:morir|morirme|muerte|suicidio|suicida|suicidarme|matarme|sobredosis|acabar con "
        r"todo|no despertar|no despertarme|dejar de existir|desaparecer|autolesion|autolesiones|"
        r"quitarme la vida)\b"
    ),
    fear=(
        r"\b(?:miedo|terror|panico|fobia|angustia) (?:\w+ ){0,2}(?:a|de) (?:\w+ ){0,2}(?:morir|"
        r"la muerte|morirme)\b"
    ),
    others=(
        r"\b(?:matarse|suicidarse|quitarse la vida|morirse|hacerse dano|cortarse|"
        r"autolesionarse|lastimarse|ahorcarse|tirarse (?:\w+ ){0,2}(?:puente|vias|tren|ventana|"
        r"azotea))\b|\bse (?:va|iba|quiere|queria|quiso|piensa|pensaba) (?:a )?(?:matar|"
        r"suicidar|quitar la vida|morir|tirar|ahorcar|cortar)\b|\b(?:quiere|queria|quiso|"
        r"piensa en|pensaba en|habla de|hablaba de|amenaza con|amenazo con|amenazaba con|"
        r"dice que quiere|dijo que queria|tiene ganas de) (?:\w+ ){0,2}(?:morir(?:se)?|"
        r"matarse|suicidarse|el suicidio|quitarse la vida|desaparecer)\b|\bse (?:corta|"
        r"autolesiona|hace dano|lastima)\b(?! (?:la|el) (?:luz|llamada|conexion|agua|video|"
        r"internet|pelo))|\b(?:es|esta|parece) (?:\w+ )?suicida\b"
    ),
    losses=(
        r"\bse (?:suicido|mato|quito la vida|ahorco|tiro)\b|\b(?:murio|fallecio) (?:por|de) "
        r"(?:suicidio|sobredosis)\b|\bperdi a (?:\w+ ){0,3}por (?:el )?suicidio\b"
    ),
    idioms=(
        r"\b(?:encontre|lei|vi) (?:una )?carta de despedida\b|"
        r"\bmor\w* (?:de|por) (?:risa|hambre|sueno|ganas|verguenza|frio|calor|aburrimiento|"
        r"pena|miedo|envidia|amor|cansancio|sed|celos|la risa|la verguenza|asco|curiosidad|"
        r"nervios|gusto|ternura|la pena)\b|\bmuert[oa]s? de (?:risa|hambre|sueno|ganas|"
        r"verguenza|frio|calor|aburrimiento|cansancio|miedo|sed|asco)\b|\bme muero por\b"
        r"|\bmat\w* el tiempo\b|\bmataria por\b|\b(?:me|nos|te) (?:esta|estan|estaba|estaban) "
        r"matando\b|\b(?:me|nos) mata(?:n|ba|ban)?\b(?! (?:esta noche|ya))|\bme mato "
        r"(?:trabajando|a trabajar|estudiando|a estudiar|en el gimnasio|por)\b|\bse me "
        r"(?:murio|muere|ha muerto|esta muriendo)\b|\b(?:movil|bateria|telefono|portatil|"
        r"ordenador|coche|planta|plantas|cargador) (?:\w+ )?(?:muerto|muerta|se murio|se esta "
        r"muriendo|se ha muerto)\b|\bde muerte\b|\ba muerte\b|\bla soga al cuello\b"
        r"|\bcuerdas? (?:\w+ )?(?:para|de) (?:escalar|escalada|saltar|tender|la ropa|guitarra)\b"
        r"|\bme tiro (?:a la piscina|de cabeza)\b|\bme mata(?:n)? (?:los|las|la|el)\b"
        r"|\bme voy a morir de\b|\bestoy muert[oa]\b(?! por dentro)|\bme muero de\b"
        r"|\bprefiero morir(?:me)? (?:antes )?(?:que|a) (?!(?:seguir|vivir|continuar|despertar|"
        r"sentir|aguantar|sufrir)\b)\w+"
    ),
    not_goodbye=(
        r"\b(?:nos vemos|hasta (?:manana|luego|pronto|el|la|septiembre|octubre|enero|la vuelta|"
        r"el lunes|la proxima)|lunes|martes|miercoles|jueves|viernes|sabado|domingo|la semana "
        r"que viene|la proxima semana|reunion|vacaciones|(?<!no )volvere|me mudo|mudanza|nuevo "
        r"trabajo|ciudad|pais|piso|casa nueva|de viaje|viaje|un tiempo|una temporada|descanso|"
        r"septiembre|agosto|verano|curso|trabajo)\b|\bvuelvo (?:el|la|en|pronto|manana|a casa)\b"
    ),
    benign=(
        r"\b(?:cada (?:manana|dia|noche)|todos los dias|a diario|como me dijo|recetad[oa]s?|"
        r"el medico|la medica|en la farmacia|a la farmacia|farmaceutico|farmaceutica|con la comida|"
        r"por las mananas|efectos secundarios|"
        r"vitaminas|escalar|escalada|tomando (?:el sol|un cafe|algo)|fumando|leyendo|"
        r"cena|fiesta|vistas|atasco|caja con llave)\b"
    ),
    negations=frozenset({"no", "nunca", "jamas", "ni", "tampoco", "sin"}),
    scope_breaks=(
        r",|:|\b(?:y|e|o|u|porque|pues|entonces|si|que|cuando|pero|por que|como|donde|quien|"
        r"mas)\b"
    ),
    ongoing=(
        r"\bdesde hace\b|\bhace (?:\w+ )?(?:anos|meses|semanas|dias|tiempo|mucho) que\b"
    ),
    past=(
        r"\bhace (?:\w+ ){0,2}(?:anos|ano|meses|mes|tiempo|mucho|decadas|semanas)\b(?! que\b)"
        r"|\ben aquella epoca\b|\ben ese entonces\b|\bpor aquel entonces\b|\ben aquel momento\b"
        r"|\bcuando (?:tenia|era) \b|\bde (?:joven|adolescente|nin[oa]|pequen[oa])\b"
        r"|\bel ano pasado\b|\bsobrevivi\b|\bsuperviviente\b|\bsobreviviente\b|\ben (?:19|20)\d\d"
        r"\b|\bantes\b(?! (?:de|que|del))|\ben el pasado\b|\b(?:llevo|ya llevo) (?:\w+ ){0,2}"
        r"(?:anos|meses|semanas|dias) sin\b|\ben recuperacion\b|\bya no\b(?= (?:quiero|pienso|"
        r"tengo|siento) (?:morir|matarme|suicidarme|hacerme))|\bhubo un tiempo\b"
    ),
    past_tense=(
        r"\b(?:quise|queria|intente|pense|pensaba|tenia|tuve|estaba|estuve|hice|hacia|"
        r"me corte|me cortaba|tome|trate|sentia|senti|fue|era|habia|guardaba|junte|escribi)\b"
    ),
    recovered=(
        r"\b(?:hoy|ahora) (?:estoy|me siento) (?:\w+ )?(?:mejor|bien|agradecid[oa]|feliz)\b"
        r"|\bme alegro de (?:seguir|estar) (?:aqui|viv[oa])\b|\bsali adelante\b|\bpedi ayuda\b"
        r"|\ben recuperacion\b|\brecuperad[oa]\b|\bla terapia me (?:salvo|ayudo)\b|\bme "
        r"(?:llevo|llevaron) (?:al|a) (?:medico|medica|hospital|urgencias|psicologo|psicologa)\b|"
        r"\bme "
        r"(?:salvo|ayudo) (?:la terapia|mi \w+|este grupo)\b|\b(?:hoy|ahora) (?:ayudo|soy "
        r"voluntari[oa])\b|\bestoy (?:mucho )?mejor\b|\bme salvaron\b|\bse (?:fueron|me pasaron|"
        r"me paso)\b|\bquedo atras\b|\bya no ,|\baprendi a vivir\b"
    ),
    reporting=(
        r"\b(?:dijo|dice|dicen|decia|escribio|escribe|publico|publica|conto|cuenta|amenaza|"
        r"amenazo|mando|grito|confeso|admitio|comento|comenta)\b"
    ),
    someday=r"\bsi (?:algun dia|alguna vez|un dia|en algun momento|vuelvo a)\b",
    general=(
        r"\b(?:es|son) (?:muy |bastante )?(?:comun|comunes|normal|normales|un sintoma|sintomas|"
        r"parte de|frecuente|frecuentes|tratable)\b"
    ),
    writer="yo",
    first_person=frozenset({"yo", "me", "conmigo"}),
    # "el" and "tu" are left out: without their accents they are also "the" and "your".
    other_person=frozenset({
        "ella", "ellos", "ellas", "usted", "ustedes", "alguien", "quien", "hijo", "hija",
        "hermano", "hermana", "madre", "padre", "mama", "papa", "marido", "esposo", "esposa",
        "pareja", "novio", "novia", "amigo", "amiga", "nino", "nina", "primo", "prima",
        "companero", "companera", "vecino", "vecina", "alumno", "alumna", "paciente",
        "sobrino", "sobrina", "nieto", "nieta", "chico", "chica", "hombre", "mujer", "persona",
        "gente", "tiene", "quiere", "dice", "dijo", "piensa", "siente", "tia", "tio", "abuelo",
        "tienes", "estas", "sientes", "quieres", "piensas", "eres", "te", "terapeuta",
        "psicologa", "psicologo", "medico", "medica", "psiquiatra", "enfermera", "profesor",
        "profesora",
        "abuela", "jefe", "jefa", "cunado", "cunada", "suegro", "suegra", "adolescente",
    }),
    news=frozenset({
        "estudio", "informe", "articulo", "noticia", "noticias", "periodico", "documental",
        "pelicula", "serie", "episodio", "programa", "libro", "novela", "podcast", "cancion",
        "estadisticas", "tasa", "tasas", "campana", "titular", "investigacion", "encuesta",
        "gobierno", "ayuntamiento", "personaje", "protagonista", "cantante", "actor", "actriz",
        "famoso", "famosa", "autor", "autora", "prevencion", "formacion", "taller", "charla",
        "jornada", "poema", "poemas", "poesia", "memorias", "ensayo", "escena", "capitulo",
        "disco", "artista", "escritor", "escritora", "poeta",
    }),
    hypothetical=(
        r"\b(?:si|en caso de|cuando|por si|que es (?:la|el|una|un)|que significa|que quiere "
        r"decir|definicion de)\b"
    ),
)

_FR_KIN = (
    r"(?:enfants|enfant|fils|fille|filles|famille|parents|mere|maman|pere|papa|mari|femme|"
    r"conjoint|conjointe|compagnon|compagne|copain|copine|soeur|soeurs|frere|freres|amis|"
    r"amies|proches|petits|petits enfants|chat|chien|animaux|bebe)"
)

FR = Lexicon(
    terms={
        "FILL": (
            r"(?:(?:juste|vraiment|tellement|seulement|simplement|parfois|souvent|encore|"
            r"serieusement|sincerement|reellement|honnetement|enfin|toujours|tout le temps|"
            r"aussi|bien|deja|tous les jours|chaque jour|chaque soir|un peu|beaucoup|plus que "
            r"tout|moi aussi|carrement|franchement|grave) )*"
        ),
        # A cue may take an adverb before its preposition: "envisage serieusement de".
        "WANT": (
            r"(?:veux|voudrais|voulais|aimerais|souhaite|souhaiterais|prefere|prefererais|vais|"
            r"allais|compte|pourrais|devrais|merite|envisage|prie pour|prevois de|prevoyais de|"
            r"espere|esperais|"
            r"projette de|planifie de|ai prevu de|sur le point de|a deux doigts de|pres de|"
            r"proche de|"
            r"(?:ai |avais )?(?:\w+ )?(?:envie|besoin) de|"
            r"(?:pense|pensais|penser|songe|songeais|reve|revais|rever|aspire|pense serieusement) "
            r"(?:\w+ )?(?:a|de)|(?:decide|decidee|pret|prete|essaie|essaye|essayer|tente|tentee|"
            r"envisage|envisageais|meriterais|merite|hate|attends|attendre) (?:\w+ )?(?:de|a)|"
            r"(?:obsede|obsedee|tente|tentee) par le idee de|le idee de|tentation de|pulsion de)"
        ),
        "DEATH": (
            r"(?:mourir|crever|etre mort|etre morte|me tuer|me suicider|en finir(?: avec (?:la "
            r"vie|tout|ma vie|tout ca|cette vie|moi))?|mettre fin a (?:mes jours|ma vie|tout|"
            r"tout ca|mon existence)|disparaitre(?: pour toujours| pour de bon| a jamais| "
            r"definitivement)?(?! (?:sous|dans|de la|du|des|de le|une semaine|quelques|un moment|"
            r"un peu|pendant|en vacances|de les))|dormir pour toujours|ne (?:plus|pas|jamais) me "
            r"reveiller|"
            r"ne plus exister|ne plus etre la|ne plus etre en vie|partir pour (?:toujours|"
            r"de bon)|me pendre|me jeter (?:\w+ ){0,3}(?:pont|train|metro|fenetre|balcon|toit|"
            r"immeuble|falaise|voiture|camion|vide|rails|voie)|sauter (?:\w+ ){0,3}(?:pont|toit|"
            r"balcon|immeuble|fenetre|falaise|vide|train)|me foutre en le air|me laisser "
            r"mourir|me endormir (?:pour toujours|pour de bon|a jamais|et ne plus me reveiller)|"
            r"fermer les yeux (?:pour toujours|et ne plus les rouvrir)|quitter ce monde|quitter la "
            r"vie|passer a le acte|la mort|le suicide|"
            r"faire une (?:overdose|surdose|od)|prendre une (?:overdose|surdose)|"
            r"me ouvrir les veines|avaler tous (?:les|mes) \w+|prendre tous (?:les|mes) "
            r"(?:cachets|medicaments|comprimes|pilules|somniferes)|me noyer|me tirer une balle|"
            r"rejoindre (?:\w+ ){0,2}(?:la haut|au ciel|de le autre cote))"
        ),
        "PILLS": (
            r"(?:cachets|medicaments|medocs|pilules|comprimes|somniferes|anxiolytiques|"
            r"antidepresseurs|doliprane|paracetamol|xanax|lexomil|tranxene|insuline|gelules|"
            r"boites? de (?:\w+ )?(?:cachets|medicaments|comprimes|somniferes|doliprane|"
            r"pilules))"
        ),
        "PLACE": (
            r"(?:pont|toit|balcon|immeuble|fenetre|falaise|train|metro|voiture|camion|bus|vide|"
            r"rails|voie ferree|parking|viaduc|tour|etage|quai|rer|tgv)"
        ),
        "KIN": _FR_KIN,
        "DRUG": (
            r"(?:cachets|medicaments|medocs|pilules|comprimes|somniferes|anxiolytiques|"
            r"antidepresseurs|doliprane|paracetamol|xanax|lexomil|tranxene|insuline|gelules|"
            + _DRUG_NAME + r")"
        ),
    },
    evident=[
        ("intent", 3,
         r"\bme (?:suicider|suicide|suiciderai|suiciderais|tuer|tuerai|tuerais|pendre|"
         r"pends|pendrai|foutre en le air|fous en le air|noyer)\b(?! (?:a (?:le )?(?:travail|"
         r"tache|repeter|dire|expliquer|le dire)|au (?:travail|boulot|taf)|a vous le|a te le|"
         r"a le tache))"),
        ("intent", 3, r"\bmettre fin a (?:mes jours|ma vie|mon existence)\b"),
        ("intent", 3,
         r"\bje me (?:tue|suicide|pends)\b(?= *$| *,| (?:ce soir|demain|maintenant|cette nuit|"
         r"tout de suite|aujourd hui))"),
        ("intent", 3,
         r"\b(?:serait|seraient|serai|serais|seront|iraient|irait|vivraient|vivrait) (?:\w+ ){0,2}"
         r"(?:mieux|plus heureu(?:x|se)s?|plus tranquilles?|soulages?) (?:\w+ ){0,3}(?:sans moi|"
         r"si je (?:ne )?(?:etais|suis) (?:plus|pas) la|si je (?:ne )?(?:existais|vivais) "
         r"(?:plus|pas)|si je (?:mourais|disparaissais|partais|crevais|me suicidais|me tuais)|"
         r"quand je (?:ne )?serai "
         r"plus la)\b"),
        ("intent", 3,
         r"\b(?:mieux|plus heureux|plus heureuse|plus heureuses|plus tranquilles?) sans moi\b"),
        ("intent", 3,
         r"\b(?:serait|sera) (?:tellement |bien )?(?:plus simple|plus facile|mieux|un "
         r"soulagement) (?:\w+ ){0,3}si je (?:ne )?(?:etais|suis) (?:plus|pas) la\b"),
        ("intent", 3,
         r"\b(?:personne|nul) (?:ne )?(?:me regretterait|me regrettera|remarquerait|"
         r"remarquera|verrait la difference|verra la difference|se apercevrait|pleurerait|"
         r"me pleurerait|me pleurera|viendrait a mon enterrement)\b"),
        ("intent", 2,
         r"\bsi je (?:mourais|crevais|y passais|disparaissais|etais morte?|ne etais plus la|etais "
         r"plus la|"
         r"partais pour toujours|me tuais|me suicidais|ne me reveillais pas|ne existais plus|"
         r"existais plus|ne etais pas la|etais pas la)\b"),
        ("intent", 3,
         r"\bne me vois pas (?:\w+ ){0,2}(?:dans un an|vivante?|la|demain|vieillir|en vie|"
         r"dans (?:\w+ )?(?:ans|mois))\b"),
        ("intent", 3,
         r"\bje (?:ne )?devrais (?:pas|plus) (?:etre (?:la|en vie|vivante?|ici)|exister)\b"
         r"|\bje (?:ne )?aurais (?:jamais|pas) du naitre\b"),
        ("intent", 3, r"\bserais mieux (?:mort|morte)\b|\bmieux vaut (?:mourir|etre mort)\b"),
        ("intent", 3,
         r"\b(?:ne )?tiendrai (?:pas )?(?:une nuit|un jour|une semaine) de plus\b"
         r"|\bne serai pas la pour (?:noel|mon anniversaire|le nouvel an|les fetes)\b"),
        ("intent", 3,
         r"\bje en (?:finis|finirai)\b|\bje me en vais pour (?:de bon|toujours)\b"
         r"|\bce est la fin pour moi\b"),
        ("self-harm", 3,
         r"\bme (?:faire|fais|ferai|ferais|suis fait|suis faite|suis encore fait|suis encore "
         r"faite|refaire|refais|faisais) (?:\w+ )?(?:du|de) mal\b(?! (?:au|a la|aux|en "
         r"(?:tombant|courant|cuisinant|jouant|faisant)|avec (?:la|le) (?:porte|couteau)))"),
        ("self-harm", 3,
         r"\bme (?:scarifier|scarifie|scarifiais|mutiler|mutile|mutilais|couper|coupe|coupais|"
         r"bruler|brule|brulais|taillader|taillade|lacerer)\b(?! (?:les cheveux|les ongles|"
         r"la frange|le doigt|un doigt|les pieds|en cuisinant|avec (?:le|un) (?:couteau|papier)"
         r" en|en me rasant|la parole|du monde|des autres|de tout|au soleil|a la main|la main|"
         r"de mes|de ma|de mon|les pointes))"),
        ("self-harm", 3,
         r"\bme suis (?:encore |de nouveau |a nouveau |re)?(?:scarifie|scarifiee|mutile|mutilee|"
         r"coupe|coupee|brule|brulee|taillade|tailladee|fait du mal|faite du mal|lacere|"
         r"laceree)s?\b(?! (?:les cheveux|le doigt|en cuisinant|en me rasant|avec (?:le|un) "
         r"(?:couteau|papier)|au soleil|du monde|de tout|la main|les pointes|de mes|de mon))"),
        ("self-harm", 3,
         r"\b(?:scarifications?|automutilations?|auto mutilation|coupures) (?:\w+ ){0,2}(?:sur "
         r"(?:les|mes) (?:bras|poignets|cuisses|jambes))\b"),
        ("method", 3,
         r"\b(?:mis|mets|mettre|stocke|stocker|stockes|accumule|accumuler|accumules|amasse|"
         r"amasser|cache|cacher|caches|economise|economiser|rassemble|rassembler|compte|"
         r"compter|comptes|collectionne|garde de cote|mis de cote|mets de cote|garde en "
         r"reserve|ne prends plus|arrete de prendre) (?:de cote )?(?:\w+ ){0,4}<DRUG>"),
        ("method", 3,
         r"\b(?:garde|mets|mis|stocke|cache|accumule|amasse|range) (?:\w+ ){0,3}<PILLS> (?:de "
         r"cote|en reserve|en cachette|quelque part)"),
        ("method", 2,
         r"\b(?:achete|acheter|commande|commander|garde|garder|gardais|ai) (?:\w+ ){0,3}"
         r"(?:boites|plaquettes|tubes) de (?:\w+ )?<PILLS>"),
        ("method", 3,
         r"\b(?:ai|avoir|ai maintenant|ai enfin|ai deja) (?:assez|suffisamment|largement assez) "
         r"de <PILLS>|\bassez de <PILLS> pour\b"),
        ("method", 3,
         r"\b(?:avaler|prendre|avale|prends|vais prendre|vais avaler|veux avaler|veux prendre|"
         r"ai avale|ai pris|pris) (?:\w+ )?(?:tous|toutes|toute la boite|toute la plaquette|"
         r"la boite entiere|une boite entiere|des dizaines|plein de|trop de|beaucoup de|tout "
         r"le tube|le tube|une boite) (?:les |mes |de |des )?(?:\w+ )?<PILLS>"),
        ("method", 3,
         r"\b<PILLS> (?:\w+ ){0,3}(?:alignes|alignees|prets|pretes|comptes|comptees|prepares|"
         r"preparees|etales|etalees)\b"),
        ("method", 1,
         r"\b(?:arrete|arreter|arrete de prendre|ne prends plus) (?:\w+ )?(?:mon|mes|le|les) "
         r"(?:traitement|<PILLS>)\b"),
        ("method", 3,
         r"\b(?:aligne|alignes|etale|compte|prepare|sorti|sortis) (?:tous |toutes )?(?:les|mes|"
         r"tous les|toutes les) <PILLS>"),
        ("method", 2,
         r"\b<PILLS> (?:\w+ ){0,3}(?:devant moi|sur la table|dans ma main|a cote de moi|"
         r"sur le lit|sur mon bureau|sur ma table de nuit)\b"),
        ("method", 2,
         r"\b(?:regarde|regarder|fixe|fixer|contemple|contempler|tiens) (?:\w+ ){0,2}(?:les|mes|"
         r"tous les|toutes les|la|le|cette|ce) (?:\w+ )?(?:cachets|medicaments|pilules|"
         r"comprimes|lames|lame|corde|pont|rails|fenetre|vide|pistolet|arme|rasoir)\b"),
        ("method", 3,
         r"\b(?:cherche|cherchais|recherche|google|googlise|regarde|lu|lis|me renseigne|"
         r"renseigne) (?:\w+ ){0,3}(?:comment (?:mourir|me suicider|me tuer|en finir|me pendre)|"
         r"combien de <PILLS>|la dose (?:mortelle|letale)|des (?:moyens|facons|methodes) de "
         r"(?:mourir|me suicider|me tuer|en finir)|suicide|overdose|surdose)\b"),
        ("method", 3,
         r"\bcomment (?:mourir|me suicider|me tuer|en finir|me pendre|mettre fin a mes jours)\b"
         r"|\b(?:facons|moyens|manieres|methodes|facon|moyen|maniere|methode) (?:\w+ ){0,2}de "
         r"(?:mourir|me suicider|me tuer|en finir|mettre fin a mes jours)\b|\bcombien de "
         r"(?:\w+ ){0,2}<PILLS> (?:\w+ ){0,3}(?:faut|il faut|pour mourir|pour en finir|sont "
         r"mortels|mortelle|tuent|pour ne plus)\b|\bdose (?:mortelle|letale)\b"
         r"|\bmourir sans (?:douleur|souffrir)\b"),
        ("method", 3,
         r"\b(?:achete|acheter|ai|trouve|prepare|accroche|noue|nouer|attache|cache) (?:une |la |"
         r"ma )?(?:corde|noeud coulant)\b(?! (?:de |a |pour )(?:escalade|escalader|sauter|linge|"
         r"guitare|bateau|tente|chien))|\bnoeud coulant\b"),
        ("method", 3,
         r"\b(?:sauter|me jeter|me lancer|me balancer|saute|jette|me jette|suis jetee?) "
         r"(?:\w+ ){0,2}(?:du|de le|de la|de un|de une|par la|sous le|sous un|sous une|devant "
         r"le|devant un|devant une|dans le|du haut|depuis le|depuis la|de mon|de ma) (?:\w+ )?"
         r"(?:<PLACE>|haut)\b(?! (?:pour (?:aller|rentrer)|a le heure))"),
        ("method", 3,
         r"\b(?:vais|veux|pourrais|envie de|pense a|besoin de|prete? a|vais aller) sauter\b"
         r"(?= *$| *,| (?:ce soir|maintenant|demain|cette nuit|tout de suite))"),
        ("method", 3,
         r"\b(?:suis|je suis|deja|assise?|debout|monte|montee|grimpe|grimpee) (?:\w+ ){0,2}"
         r"(?:sur|au bord de|en haut de|au bord du|en haut du) (?:le |la |les |du |de le |de la )?"
         r"(?:rebord|corniche|parapet|rambarde|garde corps|rails|voie ferree|bord du toit|"
         r"bord du pont|bord de la falaise|bord)\b"),
        ("method", 2,
         r"\b(?:suis|je suis|deja|assise?|debout|monte|montee|grimpe|grimpee) (?:\w+ ){0,2}"
         r"(?:sur|au bord de|en haut de|au bord du|en haut du) (?:le|la|du|de le|de la) "
         r"(?:pont|toit|balcon|falaise|fenetre|viaduc)\b"),
        ("method", 3,
         r"\b(?:mon|le) plan (?:, )?(?:ce est )?(?:de )?(?:aller|monter) (?:au|sur le|a la|sur la|"
         r"jusque au|en haut du) <PLACE>\b"),
        ("method", 3,
         r"\b(?:me en servir|me en servirai|le utiliser|la utiliser|le retourner|la retourner|le "
         r"pointer|la pointer) (?:\w+ )?contre moi\b"),
        ("method", 2,
         r"\b(?:ai|achete|trouve|charge|tiens|prends|pris) (?:\w+ )?(?:une |un |le |la |mon |"
         r"son |de mon pere )?(?:arme|pistolet|fusil|revolver|carabine)\b"),
        ("method", 3,
         r"\b(?:arme|pistolet|fusil|couteau|lame|rasoir|corde) (?:\w+ ){0,2}(?:sur|contre|"
         r"autour de) (?:ma|mon|mes) (?:tempe|tete|poignet|poignets|gorge|cou|bras|peau|"
         r"cuisse)\b"),
        ("method", 2,
         r"\b(?:avant que|pendant que) (?:\w+ ){0,3}(?:se reveille|se reveillent|rentre|rentrent|"
         r"dort|dorment|me trouve|me trouvent|remarque|remarquent|comprenne|comprennent|"
         r"sont partis|soit parti|soit partie|ne se reveille|ne se reveillent)\b"),
        ("method", 3,
         r"\b(?:ai|je ai) (?:choisi|fixe|trouve) (?:le|la) (?:jour|date|endroit|lieu|moyen|"
         r"methode|pont|heure)\b|\bsais (?:exactement )?comment je (?:le )?(?:ferais|vais le "
         r"faire|ferai)\b|\bai un plan pour (?:me tuer|me suicider|en finir|mourir)\b"),
        ("goodbye", 3,
         r"\bquand vous (?:lirez|verrez|lisez|trouverez|aurez lu) (?:ce message|ceci|ces lignes|"
         r"ce post|ca|mon message|cette lettre)\b"),
        ("goodbye", 3,
         r"\bne me cherchez pas\b|\bne (?:essayez|cherchez) pas de me (?:retrouver|sauver|"
         r"joindre)\b|\bvous (?:ne )?(?:entendrez plus parler de moi|me reverrez (?:plus|"
         r"jamais))\b|\bne (?:vous en voulez|culpabilisez) pas\b"),
        ("goodbye", 3,
         r"\b(?:dites|dis) a (?:mes|ma|mon) <KIN> que je (?:les |le |la |vous |te )?(?:aime|"
         r"aimais|suis desolee?|demande pardon)\b"),
        ("goodbye", 3,
         r"\b(?:prenez|prends|occupez vous|occupe toi) (?:bien )?(?:soin )?(?:de )?(?:mes|ma|"
         r"mon) <KIN> (?:pour moi|quand je serai partie?|apres)\b"),
        ("goodbye", 3,
         r"\badieu (?:le monde|pour toujours|a tous pour toujours|a jamais|pour de bon)\b"),
        ("goodbye", 3,
         r"\b(?:ce est|voici|ce sera) mon (?:dernier|ultime) (?:message|post|au revoir|adieu|mot|"
         r"texte)\b(?! (?:avant|pour|de la journee|de le annee|ici|sur ce|dans ce|de la "
         r"semaine|du mois|de ce|de cette))"),
        ("goodbye", 3, r"\b(?:lettres?|mots?|message|video) de adieu\b"),
        ("goodbye", 2,
         r"\b(?:ai ecrit|ecris|ecrit|laisse|ai laisse|prepare|ai prepare|redige|ai redige|"
         r"enregistre) (?:\w+ ){0,2}(?:une |des |mes |la |les |un |quelques )?(?:lettres?|mots?|"
         r"messages?|video) (?:\w+ )?(?:a|pour) (?:mes|mon|ma|chacun de mes|toute ma|tous mes)"
         r"\b"),
        ("goodbye", 2, r"\bassurance vie\b|\bmon testament\b"),
        ("goodbye", 2,
         r"\b(?:donne|ai donne|distribue|ai distribue|donner) (?:toutes |tous )?mes (?:affaires|"
         r"choses|biens|livres|vetements)\b"),
        ("farewell", 1,
         r"\bpardon(?:nez moi)? pour tout\b|\bpardonnez moi\b|\bje vous aime(?: tous| toutes|"
         r" fort)?\b|\bje suis en paix(?: avec (?:ma decision|ca))?\b|\bca ne sera plus "
         r"(?:tres )?long\b|\bce sera bientot fini\b|\bil est temps (?:pour moi )?de partir\b"
         r"|\bmon heure est venue\b|\btout est pret\b|\bpour que personne (?:ne )?(?:ait|doive) "
         r"a\b|\bje ai tout (?:organise|prepare|range|"
         r"regle)\b|\bmerci de avoir essaye\b"),
        ("hopeless", 1,
         r"\b(?:ne )?(?:en )?peux plus\b|\b(?:ne )?(?:tiens|supporte|supporterai|tiendrai) plus\b"
         r"|\bplus la force\b|\b(?:ca|cela|tout ca) ne sert a rien\b|\bca sert a rien\b"
         r"|\ba quoi bon\b|\b(?:aucun|plus de|pas de|plus aucun) sens\b|\b(?:pas de|aucune|"
         r"sans) issue\b|\b(?:aucun|plus de|sans|plus aucun) espoir\b|\brien ne (?:changera|"
         r"va changer|ira mieux|va aller mieux)\b|\bca (?:ne )?ira jamais mieux\b|\bje "
         r"abandonne\b|\bje baisse les bras\b|\bje suis a bout\b|\bau bout du rouleau\b"
         r"|\b(?:marre|ras le bol) de tout\b|\bpersonne ne (?:me )?(?:comprend|aime)\b|\bje me "
         r"deteste\b|\bje deteste ma vie\b|\bje gache tout\b|\bplus envie de rien\b"
         r"|\bce serait (?:si |tellement )?facile\b"),
        ("goodbye", 2,
         r"\b(?:mes )?dernieres volontes\b|\bmon testament\b|\btout est en ordre\b|\bmes "
         r"affaires (?:sont )?en ordre\b|\bmettre (?:de le ordre dans mes affaires|mes affaires "
         r"en ordre)\b|\bqui (?:aura|recupere|garde) quoi\b|\becrit a chacun\b"),
        ("farewell", 1,
         r"\b(?:je me sens|je suis) (?:\w+ )?(?:calme|apaisee?|sereine?|en paix|soulagee?)\b"
         r"(?! (?:apres (?:la|le|ma|mon)|depuis (?:la|le) (?:seance|rendez vous)))|\bje (?:ne )?ai "
         r"plus peur\b"),
        ("goodbye", 2,
         r"\b(?:ma|mon) (?:derniere|dernier) (?:soiree|nuit|journee|jour|matin|week end|repas|"
         r"noel|anniversaire)\b(?! (?:a|au|de|du|chez|avant|en|sur|de le))"),
        ("farewell", 1,
         r"\b(?:demain|ce soir|aujourd hui) (?:ce est|ce sera) le (?:jour|soir)\b(?! (?:de|du|"
         r"pour|ou|que|:)\b)"),
        ("farewell", 1,
         r"\b(?:pardon|desolee?|pardonne moi|pardonnez moi) (?:\w+ )?(?:maman|papa|mes enfants|"
         r"mon amour|a tous|les enfants|ma cherie|mon cheri)\b"),
        ("goodbye", 3,
         r"\b(?:pardon|desolee?|excusez moi) (?:\w+ ){0,2}(?:a|pour) (?:ceux|celles|tous ceux|"
         r"la peine|le mal|la douleur) (?:que|qui) (?:je vais|je vous|je leur|je te)(?: \w+)? "
         r"(?:blesser|causer|faire|infliger|decevoir)\b"),
        ("goodbye", 2,
         r"\b(?:ne )?(?:ai|etais) (?:pas|jamais) (?:ete )?(?:assez|suffisamment) forte?\b"),
        ("intent", 3,
         r"\b(?:ne )?(?:aurez|auras|auront|aura) plus (?:a|besoin de) (?:vous inquieter|te "
         r"inquieter|se inquieter|vous occuper|te occuper|me supporter|me porter|vous soucier)\b"),
        ("intent", 3,
         r"\b(?:me disent|me dit|me ordonnent|me poussent a|me crient) (?:de |que je )?(?:me "
         r"tuer|mourir|sauter|me jeter|en finir|le faire|me suicide)\b"),
        ("intent", 3,
         r"\bla seule (?:chose|raison|personne) qui me (?:retient|garde en vie|fait tenir|"
         r"empeche)\b|\bsi je suis encore la ce est (?:pour|grace a)\b"),
        ("intent", 3,
         r"\b(?:prie|supplie|demande a dieu|prie dieu) (?:\w+ )?(?:pour que|que|de) (?:dieu |il )?"
         r"(?:me prenne|me rappelle|me laisse mourir|je ne me reveille pas|je meure)\b"),
        ("intent", 3,
         r"\b(?:decue?|triste|furieuse?|en colere|degoutee?) (?:de|quand je) (?:me reveiller|"
         r"me reveille|etre encore (?:la|en vie)|me reveiller encore|avoir survecu|rouvrir les "
         r"yeux)\b"),
        ("intent", 2,
         r"\b(?:peur|crains) de ne (?:plus|pas) (?:me )?(?:arreter|controler|pouvoir me arreter|"
         r"me retenir)\b|\bpeur de passer a le acte\b|\bne me sens pas en securite\b"),
        ("method", 3,
         r"\b<PILLS> (?:\w+ ){0,6}(?:plusieurs|differentes|deux|trois|quatre) pharmacies\b"
         r"|\b(?:plusieurs|differentes|deux|trois|quatre) pharmacies (?:\w+ ){0,6}<PILLS>"),
        ("method", 2,
         r"\bpour (?:que personne ne|ne pas) (?:se doute|remarque|eveiller les soupcons)\b"
         r"|\bsans que personne ne (?:le sache|remarque|se doute)\b"),
        ("method", 2,
         r"\b(?:achete|acheter|commande|commander|ai achete|ai commande) (?:des |plein de |"
         r"beaucoup de |plusieurs )(?:\w+ )?<PILLS>"),
        ("method", 3,
         r"\b(?:arme|pistolet|fusil|corde|lame|lames|rasoir) (?:\w+ ){0,10}?(?:keep penser a "
         r"(?:ca|elle|lui|cela)|me appelle|ne pense que a (?:ca|elle))\b|\b(?:keep penser a|pense "
         r"sans arret a|ne pense que a) (?:\w+ ){0,3}(?:arme|pistolet|fusil|corde|lame|lames|"
         r"rasoir)\b"),
        ("method", 2,
         r"\b(?:regarder|regarde|voir) passer (?:les )?trains\b|\b(?:un seul|juste un) (?:pas|"
         r"saut)\b|\b(?:keep penser a|pense sans arret a) (?:\w+ ){0,3}(?:<PILLS>|pont|rails|"
         r"train|vide|toit)\b"),
        ("hopeless", 1,
         r"\b(?:fatiguee?|epuisee?|marre) de (?:faire semblant|sourire|jouer la comedie)\b"
         r"|\b(?:ne )?(?:pouvais|pourrai|pourrais) plus\b"),
        ("method", 3,
         r"\b(?:avale|avaler|pris|prendre|ai avale|ai pris|vais avaler|vais prendre|bu) (?:toute |"
         r"tout |une |la |ma |mon |deux |trois )?(?:ma |la |une |mon |le )?(?:boite|plaquette|"
         r"tube|flacon|boites|plaquettes|tablette)(?: entiere| complete)? de (?:\w+ )?<DRUG>"),
        ("method", 3,
         r"\bgarage (?:\w+ ){0,4}moteur (?:\w+ )?(?:allume|en marche|qui tourne|tournant)\b"
         r"|\bmoteur (?:\w+ )?(?:allume|en marche|qui tourne) (?:\w+ ){0,4}garage\b"),
        ("method", 2,
         r"\b(?:vais aller|vais|irai|suis alle|suis allee|monte|monter) (?:\w+ )?(?:a la|au|sur "
         r"le|sur la|en haut de la|en haut du) (?:falaise|voie ferree|rails|toit|pont|viaduc)\b"
         r"(?! (?:pour (?:voir|regarder|pique niquer|courir|marcher|faire)|avec))"),
        ("method", 1,
         r"\bje (?:la|le|les) (?:garde|cache|ai cachee?s?|ai gardee?s?) (?:\w+ )?(?:dans|sous) "
         r"(?:ma|mon|mes)\b"),
        ("goodbye", 2,
         r"\bvous saurez pourquoi\b|\bsi je (?:ne )?suis (?:plus|pas) la demain\b"),
        ("intent", 3,
         r"\b(?:la mort|mourir|etre morte?|ne plus me reveiller|le suicide|ne plus exister|"
         r"disparaitre|en finir) (?:\w+ ){0,2}(?:serait|est|me semble|sera|semble) (?:\w+ ){0,2}"
         r"(?:un soulagement|une delivrance|une liberation|un repos|la paix|mieux|la solution|"
         r"la seule issue|un cadeau|une evidence)\b|\b(?:envie|jaloux|jalouse) (?:de la mort|"
         r"des morts)\b"),
        ("self-harm", 3,
         r"\b(?:lame|lames|rasoir|briquet|couteau|cutter|ciseaux|verre) (?:\w+ ){0,10}?(?:je le "
         r"utilise|je la utilise|je les utilise|je me en sers) (?:quand|chaque|sur moi|encore|"
         r"pour)\b"),
        ("self-harm", 3,
         r"\bme (?:suis )?(?:ouvert|ouverte|ouvrir|ouvre|taillade|tailladee) les (?:veines|"
         r"poignets)\b"),
        ("goodbye", 2, r"\bsi (?:jamais )?il me (?:arrive|arrivait) (?:quelque chose|un truc)\b"),
        ("farewell", 1,
         r"\b(?:codes|code|mots de passe|mot de passe|identifiants|coordonnees bancaires) "
         r"(?:\w+ ){0,6}(?:dans le tiroir|dans une enveloppe|dans mon carnet|sur mon bureau)\b"),
        ("goodbye", 2,
         r"\b(?:ecris|vous ecris|te ecris|poste|parle) (?:\w+ ){0,2}(?:une derniere fois|pour la "
         r"derniere fois)\b"),
        ("method", 2,
         r"\b(?:ai tout ce que il me faut|ai tout ce dont je ai besoin)\b|\b(?:attends que|des "
         r"que|quand) (?:mes parents|mon mari|ma femme|tout le monde|les enfants|ma famille) "
         r"(?:partent|soient partis|soit parti|dorment|dort)\b"),
        ("method", 2,
         r"\b(?:repere|ai repere|choisi|ai choisi|trouve|ai trouve) (?:le|un) (?:pont|endroit|"
         r"coin|lieu|arbre|immeuble|parking)\b(?! (?:pour (?:pique niquer|manger|diner|la fete|"
         r"vivre|les vacances)|parfait pour))|\b(?:quand|a quelle heure) il (?:ne )?y a personne"
         r"\b"),
        ("method", 3,
         r"\b(?:garde|gardais|cache|stocke|mets de cote|mis de cote) (?:\w+ ){0,3}(?:pour le jour "
         r"ou|pour quand|pour plus tard|pour le moment ou|pour le bon moment)\b"),
        ("goodbye", 3,
         r"\b(?:ne pense pas|ne crois pas|doute de|ne vais pas) (?:voir|passer|tenir jusque a|"
         r"arriver a|feter) (?:\w+ )?(?:le printemps|noel|le ete|le automne|le hiver|mon "
         r"anniversaire|le nouvel an|la fin de le annee|le annee prochaine)\b"),
        ("intent", 3,
         r"\b(?:espere|souhaite|prie pour|aimerais) (?:que )?(?:une|la|un|le) (?:voiture|camion|"
         r"bus|train|conducteur) (?:ne se arrete pas|ne se arretera pas|me renverse|me percute|me "
         r"ecrase|ne freine pas)\b"),
        ("goodbye", 3,
         r"\b(?:donner|donne|ai donne|distribuer|distribue) (?:mes|mon|ma) (?:\w+ )(?:et|,) "
         r"(?:mes |mon |ma )?\w+\b"),
        ("intent", 3,
         r"\ba quoi bon (?:rester|vivre|continuer a vivre|exister|me reveiller|etre la)\b"),
        ("hopeless", 2, r"\bpersonne (?:ne )?a besoin de moi\b|\bpersonne ne me (?:veut|aime)\b"),
        ("intent", 3,
         r"\b(?:imagine|je imagine|pense a|reve de|planifie|prepare) (?:\w+ )?(?:mon|mes) "
         r"(?:enterrement|obseques|funerailles)\b"),
        ("self-harm", 3,
         r"\b(?:ai coupe|me suis coupee?|coupe) (?:trop|tres|plus|si) profond\b"),
        ("self-harm", 2, r"\b(?:ca saigne beaucoup|saigne beaucoup|ne arrete pas de saigner)\b"),
        ("intent", 3,
         r"\b(?:en paix|sereine?|calme|bien) avec (?:ce que je vais faire|ma decision|la decision|"
         r"le idee de mourir)\b"),
        ("intent", 2,
         r"\b(?:vais|risque de|peur de|veux|pourrais|capable de) faire (?:une|des) (?:grosse |"
         r"grave |vraie )?(?:betise|betises|connerie|conneries|folie)\b"),
        ("intent", 3,
         r"\b(?:reposant|simple|facile|doux|bien|apaisant|paisible) (?:ce serait|ce sera|serait) "
         r"(?:de )?(?:mourir|ne plus me reveiller|disparaitre|dormir pour toujours|ne plus "
         r"exister|en finir)\b|\b(?:ce serait|serait) (?:si |tellement )?(?:reposant|simple|facile|"
         r"doux|apaisant|paisible) de (?:mourir|ne plus me reveiller|disparaitre|dormir pour "
         r"toujours|ne plus exister|en finir)\b"),
        ("method", 3,
         r"\b(?:vodka|whisky|gin|rhum|vin|alcool|bouteille de \w+) (?:\w+ ){0,8}<PILLS>"
         r"|\b<PILLS> (?:\w+ ){0,8}(?:vodka|whisky|gin|rhum|vin|alcool)\b"),
        ("plan", 1, r"\b(?:ne le ai dit a personne|personne ne le sait|personne ne est au "
                    r"courant)\b"),
        ("goodbye", 2,
         r"\b(?:fais|faire|ai fait) mes adieux (?:a|aux)\b"),
        ("method", 2,
         r"\bsans que (?:personne ne|ils ne|elles ne|ils|elles|on) (?:se en )?(?:rende compte|"
         r"rendent compte|le sache|le sachent|se doute|se doutent|remarque|remarquent)\b"),
        ("goodbye", 2, r"\bplus rien (?:ne )?(?:aura|a) (?:de le |de |le )?importance\b"),
        ("farewell", 1, r"\btout (?:sera|va etre) (?:fini|termine)\b"),
        ("hopeless", 1, r"\b(?:arrete|arreter) de (?:manger|dormir|me lever|me laver)\b"),
        ("method", 1,
         r"\b(?:arrete|arreter) (?:\w+ ){0,5}(?:de )?prendre (?:mon|mes|le|les) (?:traitement|"
         r"<PILLS>)"),
        ("intent", 3,
         r"\b(?:le monde|tout|la vie|tout le monde) (?:tournerait|tournera|continuerait|continuera|"
         r"irait|ira) (?:\w+ ){0,2}sans moi\b"),
        ("method", 3,
         r"\b(?:avaler|avale|prendre|prends) (?:tout|toute|tous) (?:\w+ ){0,8}(?:armoire a "
         r"pharmacie|pharmacie|boite a pharmacie)\b"),
        ("intent", 3, r"\blacher prise (?:pour de bon|pour toujours|definitivement|une fois pour "
                      r"toutes)\b"),
        ("intent", 3,
         r"\b(?:pense|pensais|songe|songeais|reve|revais|penser) (?:\w+ )?au suicide\b"),
        ("intent", 3, r"\btout ce que je (?:veux|souhaite|demande) (?:ce est "
                      r")?(?:<FILL>)?<DEATH>\b"),
        ("intent", 2,
         r"\b(?:vais|veux|voudrais|envie de) tout (?:arreter|plaquer|lacher)\b(?= *$| *,| pour de "
         r"bon| definitivement| ce soir| une bonne fois)"),
        ("self-harm", 3,
         r"\b(?:griffe|griffee|gratte|grattee|frappe|frappee|brule|brulee|mordu|mordue|coupe|"
         r"coupee|griffer|gratter|frapper) (?:\w+ ){0,3}(?:jusque au sang|jusque a saigner|"
         r"jusque a en saigner)\b"),
        ("goodbye", 2,
         r"\b(?:au cas ou|si) je ne (?:reviens|reviendrais|reviendrai|me reveille|me reveillerais|"
         r"suis) (?:pas|plus)\b"),
        ("farewell", 1, r"\bprenez soin de vous\b(?= *$)|\b(?:prete?|pret) a partir\b"),
        ("goodbye", 2,
         r"\bne (?:posterai|ecrirai|reviendrai|viendrai|publierai) (?:plus|jamais plus)\b(?! "
         r"(?:avant|"
         r"pendant|jusque))"),
        ("intent", 2,
         r"\b(?:tout le monde|personne|ils|elles) (?:se en )?(?:ficherait|foutrait|moquerait|"
         r"remarquerait pas)\b"),
        ("intent", 3, r"\b(?:plus )?rien pour (?:quoi|lequel) vivre\b"),
        ("method", 3,
         r"\b(?:planque|planquer|planquee|planques|une reserve de|un stock de|une provision de|"
         r"des reserves de) (?:\w+ ){0,3}<PILLS>"),
        ("intent", 3,
         r"\b(?:ne )?(?:en )?(?:peux plus|supporte plus|supporte pas) (?:de )?(?:vivre|la vie|"
         r"cette vie|ma "
         r"vie|exister)\b"),
        ("intent", 3,
         r"\b(?:fait|faire|refaire|ferai|vais faire) une (?:ts|tentative)\b(?! (?:de (?:record|"
         r"marathon)|a le))|\bde quoi (?:en finir|mourir|me tuer|me suicider)\b"),
        ("goodbye", 2,
         r"\bsi (?:tu lis|vous lisez|quelqu un lit) (?:ca|ceci|ce message|ces lignes)\b"),
        ("farewell", 1,
         r"^ je suis (?:tellement |vraiment )?desolee? $|\bje te aime (?:maman|papa|mon amour|"
         r"ma puce)\b"),
        ("intent", 3,
         r"\b(?:ne pense pas|ne crois pas|ne sais pas si je|ne peux pas|ne vais pas) (?:\w+ )?"
         r"(?:pouvoir )?(?:me mettre|rester|me garder|etre) en securite\b"),
        ("method", 3,
         r"\b(?:marcher|entrer|avancer|nager|aller) (?:\w+ )?dans la mer (?:\w+ ){0,2}(?:et ne pas "
         r"revenir|sans revenir|jusque a disparaitre|et ne plus revenir)\b"),
        ("goodbye", 2,
         r"\bne (?:soyez|sois) pas (?:tristes?|en colere)\b|\bne (?:pleurez|pleure) pas pour moi\b"
         r"|\bne (?:vous en voulez|te en veux) pas\b"),
        ("farewell", 1,
         r"\bce ne est pas (?:de )?(?:votre|ta) faute\b|\bce ne est la faute de personne\b"),
        ("self-harm", 3,
         r"\b(?:lame|lames|rasoir|rasoirs|cutter|couteau) (?:\w+ ){0,10}?(?:vais me en servir|vais "
         r"les utiliser|vais la utiliser|vais le utiliser|me en servirai)\b"),
        ("method", 3,
         r"\bau bord (?:du|de le|de la) (?:pont|toit|falaise|quai|balcon|precipice|vide|voie)\b"),
        ("self-harm", 2,
         r"\b(?:bras|jambes|poignets|cuisses|peau|corps|ventre) (?:\w+ )?(?:couverts|couvertes|"
         r"pleins|pleines|remplis|remplies) de (?:coupures|cicatrices|brulures|entailles|"
         r"griffures)\b"),
        ("method", 2,
         r"\b(?:a quel point|combien) (?:ce serait|ca serait|ce sera) (?:rapide|facile|simple)\b"),
        ("method", 1,
         r"\b(?:suis|reste) (?:a la gare|sur le quai|pres des rails|au passage a niveau)\b"),
        ("method", 3,
         r"\b(?:foncer|me encastrer|me planter|precipiter ma voiture|me jeter) (?:\w+ )?(?:dans|"
         r"contre) (?:un|une|le|la) (?:mur|arbre|camion|pylone|pile de pont|platane)\b"),
        ("intent", 2, r"\bautant que ce soit officiel\b|\bautant (?:mourir|en finir|crever)\b"),
        ("hopeless", 1, r"\b(?:suis|etre) (?:deja )?(?:un fantome|morte? a le interieur)\b"),
        ("hopeless", 2,
         r"\bje suis (?:un|une) (?:fardeau|poids|boulet|charge)\b|\bje suis de trop\b"
         r"|\bla seule (?:issue|solution|sortie|porte de sortie)\b"),
        ("plan", 1,
         r"(?<!a )\b(?:ce soir|demain|cette nuit|ce week end|maintenant|tout de suite|"
         r"aujourd hui|bientot|vendredi|samedi|cette semaine|en ce moment|chaque nuit|toutes "
         r"les nuits|toute la nuit|je passe mes nuits)\b"),
        ("plan", 1,
         r"\b(?:je ai decide|ce est decide|ma decision est prise|je suis pret|je suis prete|"
         r"le moment est venu|il est temps|la date|je ai un plan|je ai choisi (?:le jour|la "
         r"date)|je sais (?:comment|quand)|tout est pret|plus de retour en arriere)\b"),
    ],
    subject=[
        ("intent", 3,
         r"\b<WANT> <FILL><DEATH>\b(?! (?:de (?:rire|faim|soif|froid|chaud|honte|fatigue|sommeil|"
         r"envie|peur|ennui|impatience|trouille|jalousie)|avec (?!la vie|tout|ma vie|moi|ca|"
         r"cette vie)|de (?:le|la|mon|ma) (?:ecran|telephone|liste)))"),
        ("intent", 3,
         r"\b(?:ne )?(?:veux|voudrais|souhaite|sais (?:pas|plus) si je veux) (?:plus|pas|jamais|"
         r"vraiment plus|pas vraiment)? ?<FILL>(?:vivre|exister|me reveiller|etre (?:en vie|"
         r"vivante?|la)|continuer a vivre|rester en vie|continuer de vivre)\b(?! (?:a |en |"
         r"avec |ici |dans |comme ca|la bas|seule?))"),
        ("intent", 2,
         r"\b(?:ne )?(?:veux|voudrais) (?:plus|pas|jamais) <FILL>(?:me lever|continuer|me battre|"
         r"lutter|avancer|tenir)\b(?! (?:a |avec |ce |cette |comme ca))"),
        ("intent", 3,
         r"\b(?:ne )?(?:ai|avais) (?:plus|pas|jamais) (?:du tout |vraiment )?(?:envie|la force|"
         r"le courage|le gout|de raison|aucune raison|aucune envie|de raisons|la volonte) (?:de|"
         r"pour) (?:vivre|exister|continuer a vivre|rester en vie|me reveiller)\b"),
        ("intent", 2,
         r"\b(?:ne )?(?:ai|avais) (?:plus|pas|jamais) (?:du tout |vraiment )?(?:envie|la force|"
         r"le courage|le gout|de raison|aucune raison|la volonte) (?:de|pour) (?:continuer|"
         r"me battre|me lever|avancer|lutter|tenir)\b"),
        ("intent", 3,
         r"\bplus (?:la |le |aucune )?(?:force|envie|courage|gout|raison) de vivre\b"
         r"|\b(?:aucune|plus de|pas de|sans|plus aucune) raisons? de vivre\b"),
        ("intent", 2, r"\b(?:aucune|plus de|pas de|sans|plus aucune) raisons? de (?:continuer|"
                      r"rester|me lever|me battre)\b"),
        ("intent", 3,
         r"\b(?:fatigue|fatiguee|marre|epuise|epuisee|las|lasse|ras le bol|degoute|degoutee) de "
         r"(?:vivre|la vie|exister|cette vie|ma vie|etre en vie|respirer)\b"),
        ("intent", 3,
         r"\bla vie ne vaut (?:plus|pas) (?:la peine|le coup)\b|\bma vie ne vaut (?:plus )?rien\b"
         r"|\bne vaut (?:plus|pas) la peine de (?:vivre|etre vecue)\b"),
        ("intent", 3,
         r"\b(?:suis|me sens|sentir|etais|redeviens|deviens|me sentais) (?:\w+ )?suicidaire\b"),
        ("intent", 3,
         r"\b(?:idees|pensees|envies|pulsions) (?:suicidaires|de (?:suicide|mort|mourir|me tuer|"
         r"en finir|me faire du mal|me couper|me scarifier))\b"),
        ("intent", 2, r"\bidees noires\b"),
        ("intent", 3,
         r"\b(?:dormir|me endormir|fermer les yeux|me coucher) et ne (?:jamais|plus|pas) "
         r"(?:plus )?me reveiller\b"),
        ("intent", 3,
         r"\b(?:veux|voudrais|aimerais|envie) (?:juste |seulement |simplement )?que (?:tout|ca|"
         r"tout ca|la vie|cette vie|la souffrance|ma vie) (?:se )?(?:arrete|termine|finisse|"
         r"cesse|prenne fin)(?: ,)?(?: pour (?:de bon|toujours)| definitivement| une bonne fois "
         r"pour toutes| a jamais)\b"),
        ("intent", 3,
         r"\b(?:veux|voudrais|aimerais|envie) (?:\w+ ){0,4}que (?:tout|la vie|ma vie) (?:se )?"
         r"(?:arrete|termine|finisse|cesse|prenne fin|soit fini|soit termine)\b"),
        ("intent", 2,
         r"\b(?:veux|voudrais|aimerais|envie) (?:juste |seulement |simplement )?que (?:tout|ca|"
         r"tout ca|la vie|cette vie|ma vie) (?:se )?(?:arrete|termine|finisse|cesse|prenne fin)"
         r"\b"),
        ("intent", 2,
         r"\bpourquoi (?:je suis encore|je me reveille|je continue|je suis toujours|je vis "
         r"encore|je respire encore)\b"),
        ("intent", 3,
         r"\b(?:la mort|le suicide|mourir|en finir) (?:\w+ ){0,2}(?:la seule (?:issue|solution|"
         r"sortie)|me obsede|dans ma tete)\b"),
        ("self-harm", 3,
         r"\b(?:recommencer|recommence|ai recommence|replonge|rechute|envie de|besoin de) "
         r"(?:\w+ ){0,2}(?:me couper|me scarifier|me faire du mal|me mutiler|les scarifications|"
         r"la scarification|me bruler)\b"),
    ],
    soft=[
        ("goodbye", 2,
         r"\badieu (?:a tous|a toutes|tout le monde|les amis|mes amis)\b|\bvous dis adieu\b"
         r"|^ adieu $|\bje (?:voulais|veux) vous dire adieu\b|\bvous fais mes adieux\b"
         r"|\b(?:dire|fais|faire) mes adieux\b"),
        ("goodbye", 3,
         r"\bje (?:ne )?serai (?:plus|pas) (?:la|en vie|parmi vous|de ce monde|vivante?|ici)\b"
         r"(?! (?:pour (?:la|le) (?:reunion|seance|groupe)|demain soir|la semaine prochaine|"
         r"cet ete|pendant))"),
        ("goodbye", 2,
         r"\bpour (?:apres|le apres|quand je (?:ne )?serai plus la)\b|\bpour que (?:\w+ ){0,2}"
         r"comprenne(?:nt)? apres\b|\bquand je (?:ne )?serai (?:plus la|partie?|morte?)\b"
         r"|\bapres (?:mon depart|ma mort)\b"),
        ("farewell", 1,
         r"\bmerci pour (?:tout|votre soutien|votre aide|tout ce que)\b|\b(?:vous|te) dire merci\b"
         r"|\bmerci de (?:avoir ete la|me avoir accompagnee?)\b"),
    ],
    again=(
        r"\b(?:en ai refait|en ai fait (?:de autres|encore)|recommencer|le refaire|refaire|le "
        r"faire "
        r"(?:ce soir|demain|cette nuit|cette fois)|"
        r"je vais le faire|je le ferai|je le fais (?:ce soir|demain)|soir je le (?:fais|ferai)|"
        r"demain je le (?:fais|ferai)|nuit je le (?:fais|ferai)|reessayer|cette fois "
        r"(?:ce sera la bonne|je vais reussir|je ne vais pas rater|pour de bon)|finir ce que je "
        r"ai commence|les rejoindre|le rejoindre|la rejoindre)\b"
    ),
    backoff=(
        r"\b(?:mourir|meurs|la mort|suicide|suicidaire|me tuer|overdose|surdose|en finir|ne plus "
        r"me reveiller|disparaitre|ne plus exister|crever|scarification|scarifications|"
        r"automutilation)\b"
    ),
    fear=(
        r"\b(?:peur|terreur|angoisse|phobie|panique) (?:\w+ ){0,2}(?:de|a) (?:\w+ ){0,2}(?:mourir|"
        r"la mort)\b"
    ),
    others=(
        r"\b(?:veut|voulait|voudrait|va|allait|pense a|parle de|parlait de|menace de|menacait "
        r"de|a envie de|avait envie de|dit vouloir) (?:\w+ ){0,2}(?:mourir|en finir|se tuer|"
        r"se suicider|disparaitre|se pendre|se jeter|mettre fin a ses jours|se faire du mal)\b"
        r"|\bse (?:tuer|suicider|pendre|scarifier|mutiler|scarifie|mutile|fait du mal|faire "
        r"du mal)\b|\b(?:est|etait|semble) (?:\w+ )?suicidaire\b"
    ),
    losses=(
        r"\bse est (?:suicide|suicidee|tue|tuee|pendu|pendue|donne la mort|jete)\b|\ba mis fin a "
        r"ses jours\b|\bmort par suicide\b"
    ),
    idioms=(
        r"\b(?:trouve|lu|vu) une lettre de adieu\b|"
        r"\b(?:mourir|meurs|meurt|mort|morte|morts|mortes|creve|crever|crevais|crevee|mourais|"
        r"mourrais|cru mourir) de (?:rire|faim|soif|froid|chaud|honte|fatigue|sommeil|envie|"
        r"peur|ennui|impatience|trouille|jalousie|chagrin)\b|\bmort de rire\b"
        r"|\btu\w* le temps\b|\btuerais pour\b|(?<!je )\bme (?:tue|tuent|tuait|tuaient)\b"
        r"|\b(?:va|vont|allait|allaient|aller) me tuer\b|\b(?:me|se|te) tuer (?:a|au) "
        r"(?:le )?(?:travail|la tache|boulot)\b|\bce (?:est|etait) (?:la mort|mortel)\b"
        r"|\bmortel\b|\ba mort\b|\bje suis (?:mort|morte|creve|crevee|mortel)\b(?! (?:de le "
        r"interieur|a le interieur))|\bme jeter a le eau\b|\bsauter le pas\b|\bsauter (?:le|un) "
        r"(?:repas|petit dej|dejeuner|cours|tour|pas)\b|\bsauter de joie\b|\bsauter dans le "
        r"(?:train|bus|metro)\b|\bcordes? (?:\w+ )?(?:de|a|pour) (?:escalade|escalader|sauter|"
        r"linge|guitare)\b|\bmourir de envie\b|\bmeurs de envie\b|\bme couper du monde\b"
        r"|\bplutot mourir que (?!(?:de )?(?:continuer|vivre|rester|souffrir)\b)\w+"
        r"|\b(?:me|se|te) pendre au cou\b|\b(?:me|se|te) (?:couper|coupe|suis coupee?) en "
        r"(?:quatre|deux|mille)\b"
        r"|\b(?:batterie|telephone|portable|ordi|plante|plantes) (?:est |etait )?(?:morte?|"
        r"mortes|creve|crevee)\b"
    ),
    not_goodbye=(
        r"\b(?:a demain|a bientot|a plus|a lundi|a mardi|a mercredi|a jeudi|a vendredi|a samedi|"
        r"a dimanche|on se voit|la semaine prochaine|vacances|reunion|je reviens|reviendrai|"
        r"appartement|maison|demenage|demenagement|travail|boulot|job|ville|pays|ecole|ancien|"
        r"ancienne|de retour|pause|voyage|septembre|aout|ete|stage)\b"
    ),
    benign=(
        r"\b(?:tous les (?:matins|soirs|jours)|chaque (?:matin|soir|jour)|prescrit|prescrits|"
        r"ordonnance|medecin|a la pharmacie|en pharmacie|pharmacien|pharmacienne|comme prevu|"
        r"pendant le repas|effets secondaires|"
        r"vitamines|escalade|cafe|soleil|bronze|fume|cigarette|apero|livre|bouquin|barbecue|"
        r"diner|fete|vue|coucher de soleil|bouchons|boite fermee)\b"
    ),
    # "plus" alone is "more" as often as "no more"; with "ne" the "ne" is enough.
    negations=frozenset({"ne", "pas", "jamais", "aucune", "aucun", "sans"}),
    scope_breaks=(
        r",|:|\b(?:et|ou|parce|car|donc|alors|si|que|quand|mais|pourquoi|comment|qui|ou|plus "
        r"je)\b"
    ),
    ongoing=(
        r"\bdepuis\b|\b(?:il y a|ca fait|cela fait) (?:\w+ )?(?:ans|mois|semaines|jours|"
        r"longtemps) que\b"
    ),
    past=(
        r"\bil y a (?:\w+ ){0,2}(?:ans|an|mois|longtemps|semaines|annees)\b(?! que\b)"
        r"|\ba (?:le|cette) epoque\b|\bquand je (?:avais|etais)\b|\ble annee derniere\b"
        r"|\ble an dernier\b|\bje ai survecu\b|\bsurvivante?\b|\ben (?:19|20)\d\d\b|\bavant "
        r",|\bavant je\b|\bautrefois\b|\bplus jeune\b|\badolescente?\b|\bpendant (?:des annees|"
        r"longtemps)\b|\bdans le passe\b|\bjadis\b|\bje ai (?:fait|eu) une tentative\b"
    ),
    past_tense=(
        r"\b(?:ai (?:\w+ )?(?:voulu|essaye|pense|eu|fait|pris|ecrit|tente|passe)|voulais|pensais|"
        r"avais|etais|faisais|coupais|scarifiais|essayais|ai survecu)\b"
    ),
    recovered=(
        r"\b(?:aujourd hui|maintenant|desormais) (?:je vais|ca va|je suis|je me sens) "
        r"(?:\w+ )?(?:mieux|bien|heureuse?|benevole|en vie)\b|\bje vais (?:beaucoup |tellement )?"
        r"mieux\b|\bje suis (?:contente?|heureuse?) de (?:etre|etre encore) (?:la|en vie)\b"
        r"|\bje suis (?:sortie?|tiree?) de (?:la|ca)\b|\bje ai (?:demande|trouve) de le aide\b"
        r"|\ben retablissement\b|\bguerie?\b|\bla therapie me a (?:sauve|sauvee|aide|aidee)\b"
        r"|\bmaintenant je en parle\b|\bme (?:a|ont) (?:emmene|emmenee|conduite?|amene|amenee) "
        r"(?:chez le medecin|a le hopital|aux urgences|chez un psy)\b|\bce est derriere moi\b"
        r"|\b(?:sont|se sont) (?:parties|envolees|estompees)\b|\bje vis pour\b"
    ),
    reporting=(
        r"\b(?:dit|dis|disait|ecrit|publie|menace|raconte|avoue|crie|envoye|explique|confie)\b"
    ),
    someday=r"\bsi (?:un jour|jamais|a nouveau|de nouveau)\b",
    general=(
        r"\b(?:est|sont) (?:tres |assez )?(?:courant|courants|courante|frequent|frequents|"
        r"frequente|normal|normaux|normale|un symptome|des symptomes|traitable)\b"
    ),
    writer="je",
    first_person=frozenset({"je", "me", "moi"}),
    other_person=frozenset({
        "il", "elle", "ils", "elles", "tu", "vous", "nous", "on", "qui", "quelqu", "fils",
        "fille", "frere", "soeur", "mere", "pere", "mari", "femme", "copain", "copine", "ami",
        "amie", "enfant", "ado", "conjoint", "conjointe", "compagnon", "compagne", "collegue",
        "voisin", "voisine", "cousin", "cousine", "eleve", "patient", "patiente", "personne",
        "gens", "veut", "homme", "garcon", "maman", "papa", "oncle", "tante", "neveu", "niece",
        "petit", "petite", "psy", "psychologue", "medecin", "psychiatre", "therapeute",
        "infirmiere", "prof", "te",
    }),
    news=frozenset({
        "etude", "rapport", "article", "journal", "documentaire", "film", "serie", "episode",
        "emission", "livre", "roman", "podcast", "chanson", "statistiques", "taux", "campagne",
        "titre", "enquete", "gouvernement", "mairie", "personnage", "heros", "heroine",
        "chanteur", "chanteuse", "acteur", "actrice", "auteur", "autrice", "prevention",
        "formation", "atelier", "conference", "journee", "poeme", "poemes", "poesie",
        "memoires", "essai", "chapitre", "album", "artiste", "ecrivain", "ecrivaine", "poete",
    }),
    hypothetical=(
        r"\b(?:si|au cas ou|quand|que est ce que (?:la|le|les|une|un)|que veut dire|que signifie|"
        r"ce est quoi|definition de)\b"
    ),
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "es": ES, "fr": FR}


# --- compiling the rules ---------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Branch:
    """One alternative of a rule, with its family, weight and kind (see `Lexicon`)."""

    key: str
    family: str
    weight: int
    kind: str
    pattern: re.Pattern[str]


@dataclass
class _Index:
    """Branches by a word they cannot match without, so that a clause runs only the few
    branches whose word it contains; `always` holds those with no such word."""

    by_word: dict[str, list[_Branch]] = field(default_factory=dict)
    always: list[_Branch] = field(default_factory=list)
    words: frozenset[str] = frozenset()

    def add(self, branch: _Branch, source: str) -> None:
        words = _required_words(source)
        if not words:
            self.always.append(branch)
        for word in words:
            self.by_word.setdefault(word, []).append(branch)
        self.words = frozenset(self.by_word)

    def candidates(self, words: set[str]) -> list[_Branch]:
        found = dict.fromkeys(self.always)
        for word in words & self.words:
            found.update(dict.fromkeys(self.by_word[word]))
        return list(found)


def _top_level(pattern: str, separator: str = "|") -> list[str]:
    """`pattern` cut at `separator` where it stands outside any group or class."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += char == "("
            depth -= char == ")"
            if char == separator and depth == 0:
                parts.append(pattern[start:index])
                start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str, start: int) -> int:
    """Where the group opened at `start` closes."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(pattern)


def _without_optional_ends(token: str) -> str:
    """`token` without the optional words it starts or ends with: "(?:i am )?sorry" →
    "sorry", "sobro(?: en aqui)?" → "sobro"; an optional ending ("despertar(?:me)?") stays."""
    while token.startswith("("):
        end = _group_end(token, 0)
        if token[end + 1:end + 2] not in ("?", "*") or token[end - 1] != " ":
            break
        token = token[end + 2:]
    if token.endswith((")?", ")*")):
        depth, index = 0, len(token) - 2
        while index >= 0:
            depth += token[index] == ")"
            depth -= token[index] == "("
            if depth == 0:
                break
            index -= 1
        if token.startswith(("(?: ", "( "), index):
            return token[:index]
    return token


def _without_lookarounds(pattern: str) -> str:
    """`pattern` with its top-level lookarounds taken out (which only makes it looser)."""
    out, index, depth = [], 0, 0
    while index < len(pattern):
        if pattern[index] == "\\":
            out.append(pattern[index:index + 2])
            index += 2
            continue
        if depth == 0 and pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), index):
            index = _group_end(pattern, index) + 1
            continue
        depth += pattern[index] == "("
        depth -= pattern[index] == ")"
        out.append(pattern[index])
        index += 1
    return "".join(out)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words too common to index a rule by, when the rule offers rarer ones.
_COMMON = _words(
    "i me my to the a an and or not no do is am are be it this that for of in on at all have "
    "will would can so just if when after about what who with was he she they you we by "
    "every next right before like time over up out off from as than then there here now get "
    "got go make made take how why where which your our their his her them him its been "
    "being had has did does were some any one more much very really still even "
    "que de la el los las me mi no ya y o a en lo le se un una es por con para mas todo "
    "del al sus su muy pero como hay esta este eso esto ser estar "
    "je me ne pas plus le la les de des un une a en et que qui ce est pour tout ai mon ma mes "
    "vous il elle si on sur dans avec par au aux du son sa ses cette comme mais ou donc bien "
    "tres aussi fait faire"
)
# The most frequent of all, to be avoided most.
_COMMONEST = _words(
    "i me my to the a and of in is it that you que de la el y en lo no je le les et est ne pas "
    "un une"
)
# Frequent words, worth avoiding too.
_FREQUENT = _words(
    "good last time week new day night way see know think thought feel felt going want need "
    "keep kept people life work back home find found read set come coming long other well "
    "better best never nothing everything everyone anyone someone something thing things help "
    "say said tell told let put today tomorrow tonight again always left leave sorry love "
    "thanks thank hope try tried trying year years month look looking lot little first world "
    "hoy dia noche tiempo vida casa bien mejor ahora siempre nunca nada algo alguien gracias "
    "quiero tengo estoy voy puedo hacer decir ver saber pensar pienso creo siento tan mucho "
    "poco otra otro vez ano semana dias cosas "
    "jour nuit temps vie maison mieux maintenant toujours jamais rien quelque merci veux vais "
    "peux fais dit voir savoir penser pense crois sens beaucoup peu autre fois an ans semaine "
    "chose choses soir"
)


_FORMS = re.compile(r"([a-z]+)(?:\[([a-z]+)\]|\(\?:([a-z|]+)\)\?|([a-z])\?)?")


def _forms(token: str) -> frozenset[str] | None:
    """The words a plain token of a pattern matches: "pills?" → pill, pills; "kill(?:ing)?"
    → kill, killing; "muert[oa]" → muerto, muerta; None for anything else."""
    match = _FORMS.fullmatch(token)
    if not match:
        return None
    stem, letters, endings, optional = match.groups()
    if letters:
        return frozenset(stem + letter for letter in letters)
    if endings:
        return frozenset([stem] + [stem + ending for ending in endings.split("|")])
    if optional:
        return frozenset({stem, stem + optional})
    return frozenset({stem})


def _leading_words(alternative: str) -> frozenset[str] | None:
    """The forms of the first uncommon plain word `alternative` starts with (or of the
    rarest of its plain words, or of the first words of the group it starts with), None
    when it starts otherwise."""
    alternative = _without_optional_ends(alternative.replace("\\b", ""))
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        if alternative[end + 1:end + 2] in ("?", "*", "{"):
            return None
        firsts = [_leading_words(part) for part in _top_level(alternative[3:end])]
        return frozenset().union(*firsts) if all(firsts) else None
    leading = []
    for token in alternative.split(" "):
        forms = _forms(token)
        if forms is None:
            break
        leading.append(forms)
        if not forms & _COMMON:
            return forms
    return min(leading, key=_rarity) if leading else None


def _required_words(branch: str) -> frozenset[str]:
    """Words one of which any text `branch` matches must contain (empty when unknown): the
    forms of a plain word outside groups, or the first words of a compulsory group's
    alternatives; of those, the choice least likely to be found in any clause."""
    choices = []
    for token in _top_level(_without_lookarounds(branch), " "):
        token = _without_optional_ends(token.replace("\\b", ""))
        forms = _forms(token)
        if forms:
            choices.append(forms)
            continue
        if not token.startswith("(?:") or _group_end(token, 0) != len(token) - 1:
            continue
        body = token[3:-1]
        firsts = [_leading_words(alternative) for alternative in _top_level(body)]
        if all(firsts):
            choices.append(frozenset().union(*firsts))
    return min(choices, key=_rarity, default=frozenset())


def _rarity(words: frozenset[str]) -> int:
    """How often a clause may hold one of `words` (lower is rarer)."""
    return (
        1000 * len(words & _COMMONEST) + 50 * len(words & _COMMON)
        + 10 * len(words & _FREQUENT) + len(words)
    )


@dataclass
class _Compiled:
    language: str
    lexicon: Lexicon
    index: _Index
    idioms: _Index
    not_goodbye: re.Pattern[str]
    benign: re.Pattern[str]
    scope_breaks: re.Pattern[str]
    ongoing: re.Pattern[str]
    past: re.Pattern[str]
    past_tense: re.Pattern[str]
    recovered: re.Pattern[str]
    reporting: re.Pattern[str]
    someday: re.Pattern[str]
    general: re.Pattern[str]
    fear: re.Pattern[str]
    hypothetical: re.Pattern[str]


_TERM = re.compile(r"<([A-Z]+)>")


def _compile(language: str, lexicon: Lexicon) -> _Compiled:
    index = _Index()
    rules: list[tuple[str, str, int, str]] = [
        (kind, family, weight, pattern)
        for kind, group in (("evident", lexicon.evident), ("subject", lexicon.subject),
                            ("soft", lexicon.soft))
        for family, weight, pattern in group
    ]
    rules += [("again", "intent", 3, lexicon.again), ("other", "other", 0, lexicon.others),
              ("loss", "loss", 0, lexicon.losses), ("backoff", "intent", 2, lexicon.backoff)]
    for number, (kind, family, weight, pattern) in enumerate(rules):
        expanded = _TERM.sub(lambda term: lexicon.terms[term.group(1)], pattern)
        for part, source in enumerate(_top_level(expanded)):
            key = f"{language}{number}.{part}"
            index.add(_Branch(key, family, weight, kind, re.compile(source)), source)
    idioms = _Index()
    for part, source in enumerate(_top_level(lexicon.idioms)):
        idioms.add(_Branch(f"{language}idiom{part}", "idiom", 0, "idiom", re.compile(source)),
                   source)
    return _Compiled(
        language=language,
        lexicon=lexicon,
        index=index,
        idioms=idioms,
        not_goodbye=re.compile(lexicon.not_goodbye),
        benign=re.compile(lexicon.benign),
        scope_breaks=re.compile(lexicon.scope_breaks),
        ongoing=re.compile(lexicon.ongoing),
        past=re.compile(lexicon.past),
        past_tense=re.compile(lexicon.past_tense),
        recovered=re.compile(lexicon.recovered),
        reporting=re.compile(lexicon.reporting),
        someday=re.compile(lexicon.someday),
        general=re.compile(lexicon.general),
        fear=re.compile(lexicon.fear),
        hypothetical=re.compile(lexicon.hypothetical),
    )


_COMPILED = {language: _compile(language, lexicon) for language, lexicon in LEXICONS.items()}

# --- the checks ------------------------------------------------------------------------------

_NEGATION_WINDOW = 5
# How much of a clause before a phrase is read to find its subject, negation or quotation.
_BEFORE = 240
# Longer sentences are read in pieces of about this many characters.
_LONGEST = 400
# "She asked if I…" reads like a question: what follows "if" is not said of oneself.
_ASKED = re.compile(
    r"\b(?:asked|asks|ask|asking|wondered|wonder|wondering)(?: me| us)? (?:if|whether)\b"
    r"|\b(?:pregunto|pregunta|preguntaron|preguntaba)(?: \w+)? si\b"
    r"|\b(?:demande|demandait|demandent)(?: \w+)? si\b"
)
_WINDOW = 2
# Most a family can add to a passage's score; a post is held at 3.
_CAPS = {
    "intent": 3, "self-harm": 3, "method": 3, "goodbye": 3, "farewell": 2, "hopeless": 2,
    "affairs": 3, "plan": 1,
}
_THRESHOLD = 3


def _negated(rules: _Compiled, before: str) -> bool:
    """A negation among the last few words before the phrase, in the same stretch of clause."""
    scope = rules.scope_breaks.split(before)[-1] or ""
    return any(
        word in rules.lexicon.negations for word in scope.split()[-_NEGATION_WINDOW:]
    )


def _quoted(before: str) -> bool:
    return before.count('"') % 2 == 1


def _nearest_person(rules: _Compiled, text: str, addressed: bool = False) -> str | None:
    """Who the last person word in `text` that can be a subject names: "writer", "other",
    "news" or None; with `addressed`, the people written to ("you", "mum,") are passed over."""
    lexicon = rules.lexicon
    words = text.split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if addressed and (word in _ADDRESSED or words[index + 1:index + 2] == [","]):
            continue
        if word in lexicon.first_person:
            return "writer"
        if index and words[index - 1] == "s" and word in _WORKS:
            return "news"
        if word in lexicon.other_person or word in lexicon.news:
            start = index - 1 if index and words[index - 1] in _POSSESSIVES else index
            if (start and words[start - 1] in _PREPOSITIONS) or words[index + 1:index + 2] == ["s"]:
                continue
            return "other" if word in lexicon.other_person else "news"
    return None


def _reported(rules: _Compiled, before: str) -> bool:
    """Someone else's words: "she wrote that she…", not "I wrote…", with the writer not
    speaking in between."""
    verbs = list(rules.reporting.finditer(before))
    if not verbs:
        return False
    reporter = _nearest_person(rules, before[: verbs[-1].start()])
    writer = rules.lexicon.writer
    return reporter in ("other", "news") and writer not in before[verbs[-1].end():].split()


@dataclass
class _Found:
    """What the clauses of one sentence say."""

    signals: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    again: list[str] = field(default_factory=list)


@dataclass
class _Post:
    normalised: str
    sentences: list[_Found] = field(default_factory=list)
    topic: bool = False
    someone_else: bool = False
    recovered: dict[str, bool] = field(default_factory=dict)

    def has_recovered(self, rules: _Compiled) -> bool:
        """Whether the post tells of getting better ("today I'm doing well")."""
        if rules.language not in self.recovered:
            found = rules.recovered.search(self.normalised) is not None
            self.recovered[rules.language] = found
        return self.recovered[rules.language]


# The commonest words of each language, to tell which one a sentence is in.
_FUNCTION_WORDS = {
    "en": _words(
        "the and is are was to of it that my have with this not for but what just i"
    ),
    "es": _words("el la los las y es que de en no por para con una un lo mi yo pero"),
    "fr": _words("le la les et est que de en ne pas je un une pour avec mais ce il"),
}


@dataclass
class _Sentence:
    text: str
    found: _Found
    _question: bool | None = None
    _languages: frozenset[str] | None = None

    @property
    def languages(self) -> frozenset[str]:
        """The languages the sentence most looks written in, by their commonest words."""
        if self._languages is None:
            words = self.text.split()
            counts = {
                language: sum(word in common for word in words)
                for language, common in _FUNCTION_WORDS.items()
            }
            best = max(counts.values())
            self._languages = frozenset(
                language for language, count in counts.items() if count == best
            )
        return self._languages

    @property
    def question(self) -> bool:
        if self._question is None:
            self._question = "?" in self.text or _ASKED.search(self.text) is not None
        return self._question


def _assess_clause(
    rules: _Compiled, clause: str, words: set[str], sentence: _Sentence, post: _Post
) -> None:
    """Record in `sentence` what one language's rules find in one of its clauses, and in
    `post` whether a risk was named at all and whether it was someone else's."""
    first_matches = [
        (branch, match) for branch in rules.index.candidates(words)
        if (match := branch.pattern.search(clause))
    ]
    if not first_matches:
        return
    original = clause
    if any(branch.family not in ("plan", "hopeless") for branch, _ in first_matches):
        for idiom in rules.idioms.candidates(words):
            clause = idiom.pattern.sub(" ", clause)
    found = sentence.found
    past: bool | None = None
    kept = False
    # The back-off words count only where no rule said more.
    first_matches.sort(key=lambda pair: pair[0].kind == "backoff")
    for branch, first in first_matches:
        if branch.kind == "backoff" and (
            kept or rules.fear.search(clause) or rules.language not in sentence.languages
        ):
            break
        matches: Iterable[re.Match[str]] = (
            branch.pattern.finditer(clause) if clause != original
            else itertools.chain([first], branch.pattern.finditer(clause, first.end()))
        )
        for match in matches:
            before = clause[max(0, match.start() - _BEFORE): match.start()]
            if match.group().split(" ", 1)[0] not in _NEGATIVE and _negated(rules, before):
                continue
            if branch.kind == "loss":
                post.topic = True
                continue
            person = _nearest_person(
                rules, before, addressed=branch.family in ("goodbye", "farewell")
            )
            if branch.kind == "backoff" and person != "writer":
                continue
            if branch.kind == "other":
                if person != "writer":
                    post.topic = post.someone_else = True
                continue
            if _quoted(before) or _reported(rules, before):
                post.topic = post.someone_else = True
                continue
            if person in ("other", "news") and branch.family != "plan" and (
                branch.kind != "evident" or not _names_writer(match.group())
            ):
                if person == "other" and not rules.hypothetical.search(before):
                    post.someone_else = True
                post.topic = True
                continue
            if branch.kind != "again" and branch.family not in ("hopeless", "plan"):
                post.topic = True
            if past is None:
                present = rules.ongoing.sub(" ", clause)
                past = rules.past.search(present) is not None or (
                    rules.past_tense.search(present) is not None and post.has_recovered(rules)
                )
            if past:
                continue
            if branch.kind == "subject" and person is None and rules.general.search(clause):
                continue
            if sentence.question and rules.hypothetical.search(before):
                continue
            if rules.someday.search(before.rsplit(",", 1)[-1]):
                continue
            if branch.kind == "soft" and rules.not_goodbye.search(sentence.text):
                continue
            if branch.family == "method" and rules.benign.search(clause):
                continue
            if branch.kind == "again":
                found.again.append(rules.language)
                continue
            found.signals[branch.key] = (rules.language, branch.family, branch.weight)
            kept = True


def _is_strong(found: _Found) -> bool:
    """Whether a sentence says more than a time or a decision: only around such a sentence
    is a passage worth scoring."""
    return any(family != "plan" for _, family, _ in found.signals.values())


def _score(window: Iterable[_Found]) -> tuple[int, list[str]]:
    """A passage's score (families added up, each to its cap) and its reasons."""
    totals: dict[tuple[str, str], int] = {}
    for found in window:
        for language, family, weight in found.signals.values():
            totals[language, family] = totals.get((language, family), 0) + weight
    by_family: dict[str, int] = {}
    for (_, family), weight in totals.items():
        by_family[family] = min(_CAPS[family], by_family.get(family, 0) + weight)
    if not set(by_family) - {"hopeless", "plan"}:
        by_family.pop("plan", None)
    reasons = [
        f"{language}:{family}"
        for (language, family), _ in sorted(totals.items(), key=lambda item: -item[1])
        if family in by_family
    ]
    return sum(by_family.values()), reasons


def _pieces(sentences: list[str]) -> Iterable[str]:
    """The sentences, with any too long to read at once cut at commas, or between words."""
    for sentence in sentences:
        if len(sentence) <= _LONGEST:
            yield sentence
            continue
        piece = ""
        for part in sentence.split(" , "):
            if len(piece) + len(part) > _LONGEST and piece:
                yield piece
                piece = ""
            while len(part) > _LONGEST:
                cut = part.rfind(" ", 0, _LONGEST)
                cut = cut if cut > 0 else _LONGEST
                yield part[:cut]
                part = part[cut:]
            piece = f"{piece} , {part}" if piece else part
        if piece:
            yield piece


# --- second reading: means, goodbyes, settled affairs, a date -----------------------------
# Signs that rarely say "die" at all: a means at hand ("my dad's gun is in the safe"), a
# goodbye ("see you on the other side"), affairs put in order ("letters to my kids with the
# will"), a day chosen ("tonight is the night"). Each is read per clause, in the sentence's
# language, and dropped where its clause tells of the past or of recovery, of a safety plan,
# of news or of someone else's act; what is left joins the families above.


@dataclass(frozen=True)
class _Signs:
    """One language's signs: (name, family, weight, pattern) each; `means` need the writer
    somewhere in the post, `weak_means` a question of enough or of pain (`lethal`) too;
    `dead` makes wanting to "join him" a wish to die; `suppress` drops a clause."""

    means: list[tuple[str, str, int, str]]
    weak_means: str
    lethal: str
    signs: list[tuple[str, str, int, str]]
    join: str
    dead: str
    suppress: str
    ordinary: str


_EN_SIGNS = _Signs(
    means=[
        ("pills", "method", 3,
         r"\b(?:counted|counting|count out|counted out|lined up|lining up|tipped|tipping|saved "
         r"up|saving up|stockpiled|stockpiling|hoarded|hoarding|collected|gathered|emptied|"
         r"crushed|all (?:of )?my|every one of my|whole (?:box|bottle|pack|packet|strip)s? of|"
         r"(?:boxes|bottles|packets|packs|strips) of|\d+ of my|forty|fifty|sixty|hundred)\b"
         r"(?: \w+){0,3} <PILLS>\b|\b<PILLS> (?:\w+ ){0,3}(?:counted|lined up|into a (?:cup|"
         r"jar|bowl|pile)|on the (?:table|nightstand|bed|desk|floor) in front of me|in front "
         r"of me)\b|\b(?:insulin|<PILLS>) (?:pens? )?(?:would it take|does it take)\b"),
        ("rope", "method", 3,
         r"\b(?:rope|noose|ligature)\b(?! (?:swing|bridge|course|ladder|light))"),
        ("gun", "method", 3,
         r"(?<!glue )(?<!nerf )(?<!water )(?<!toy )\b(?:gun|guns|pistol|rifle|shotgun|firearm|"
         r"revolver|cartridges|shells for|ammo|ammunition|bullets)\b"),
        ("blade", "method", 3,
         r"\b(?:razor|razors|blades?|knife|knives|scalpel|box cutter)\b(?= (?:[\w,]+ ){0,12}"
         r"(?:using (?:them|it)|use (?:them|it) on|on myself|deeper|into my|across my|the "
         r"bath\b|tonight|keep thinking|can not stop thinking))"
         r"|\b(?:filled|running|ran) the bath\b(?= (?:\w+ ){0,8}(?:razor|blade|knife))"),
        ("height", "method", 3,
         r"\b(?:roof|rooftop|terrace|car park|multi storey|parking garage|bridge|viaduct|cliff|"
         r"balcony|top floor|tower|overpass)\b(?= (?:[\w,]+ ){0,10}(?:\w+ (?:floors|storeys|"
         r"stories|"
         r"levels|metres|meters|feet)|high enough|how high|looked down|look down|the edge|"
         r"jump|step off|enough height))"
         r"|\b(?:\w+ (?:floors|storeys|stories|levels|metres|meters|feet)) (?:\w+ ){0,8}"
         r"(?:roof|rooftop|car park|multi storey|bridge|viaduct|cliff|balcony|building)\b"
         r"|\b(?:what|which) height\b|\bhigh enough\b|\benough height\b"),
        ("train", "method", 3,
         r"\b(?:train|trains|tracks|railway|level crossing|crossing)\b(?= (?:[\w,]+ ){0,10}"
         r"(?:times|timetable|does not stop|without stopping|freight|step (?:off|in front|"
         r"closer|forward)|at full speed))|\btrain times\b|\b(?:freight|express|fast) train"
         r"\b|\bwhat time the (?:\w+ )?train\b"),
        ("car", "method", 3,
         r"\b(?:drive|driving|drove|crash|crashing|swerve|swerving|steer|steering|plough) "
         r"(?:\w+ ){0,4}into (?:a |the |an )?(?:\w+ ){0,2}(?:truck|lorry|barrier|wall|tree|"
         r"pillar|oncoming|bridge|river)\b|\blook like an accident\b|\b(?:charcoal|exhaust "
         r"hose|hosepipe (?:to|from) the exhaust|seal (?:up )?the garage)\b"),
    ],
    weak_means=(
        r"\b(?:<PILLS>|insulin|roof|rooftop|bridge|viaduct|cliff|balcony|car park|train|"
        r"tracks|gun|rope|razor|blades)\b"
    ),
    lethal=(
        r"\b(?:is|would) (?:it|that|this) (?:be )?(?:enough|high enough|painful|quick|lethal|"
        r"fatal|sure)\b|\benough to (?:be sure|not wake|die|do it|kill|end it)\b|\bhow many "
        r"(?:\w+ ){0,3}(?:would it take|does it take|to take|do you need|would i need)\b"
        r"|\b(?:painful|painless|lethal|fatal dose|overdose)\b|\bdo you just (?:fall asleep|"
        r"go to sleep|pass out)\b|\basking for (?:me|myself)\b|\bit is for me\b"
        r"|\bhow to (?:go|die|do it) (?:without pain|painlessly|peacefully)\b"
    ),
    signs=[
        ("other-side", "goodbye", 3, r"\bsee (?:you|ya) (?:all )?on the other side\b"),
        ("the-end", "goodbye", 3,
         r"\bthis is (?:it|the end)(?: for me| for real| then)?(?= *$| ,| for real| this time)"),
        ("reasons", "goodbye", 3, r"\b(?:ran|run|running) out of reasons\b"),
        ("fault", "goodbye", 3,
         r"\b(?:was|is|it) not (?:anyone|anybody|your|any of your|any one) s? ?fault\b"
         r"|\b(?:nobody|no one) is to blame\b|\bnot (?:anyone|anybody) s fault\b"),
        ("last", "goodbye", 3,
         r"\b(?:this is|here is|posting) (?:my )?(?:last|final) (?:post|message|time)\b"
         r"(?! (?:in|on|"
         r"before|for|of|about))"
         r"|\bone (?:last|final) time\b(?! (?:before|for|until|this))"),
        ("any-other", "goodbye", 2,
         r"\bwill not be (?:at|in|there for|coming to) (?:this|the next|any) (?:one|meeting|"
         r"session|group)\b|^ ?or any other\b|\bbefore i go\b(?! (?:to|on|back|into|out|"
         r"away))"),
        ("goodbye-all", "goodbye", 2, r"\bgoodbye (?:everyone|everybody|all|friends)\b"),
        ("thanks", "farewell", 1,
         r"\b(?:thank you|thanks) (?:\w+ ){0,3}for (?:everything|all|being|listening|\w+ "
         r"years)\b|\blove (?:you all|you guys|all of you)\b|\bkinder to me than\b"),
        ("not-long", "intent", 3,
         r"\b(?:not|never) (?:plan|planning|intend|intending|expect|expecting|going) (?:on |to )?"
         r"(?:be|being) (?:here|around|alive) (?:much |very |for much |any )?(?:longer|long|"
         r"past|after|by|for)\b|\bwill not be (?:here|around|alive) (?:much longer|for long|by|"
         r"for christmas|at christmas|next)\b"),
        ("tonight", "intent", 3, r"\btonight is the night\b(?! (?:of|for|we|to watch))"),
        ("letters", "affairs", 2,
         r"\b(?:letters?|notes?|cards?) (?:\w+ ){0,2}(?:to|for) (?:each of )?(?:my|the) "
         r"(?:\w+ )?<KIN>\b"),
        ("will", "affairs", 2,
         r"\b(?:my|the|a) will\b(?= *$| ,| and| is| on| in)|\b(?:wrote|made|updated|signed) "
         r"(?:a |my )?will\b|\bfuneral (?:plan|arrangements)\b"),
        ("given", "affairs", 2,
         r"\b(?:gave|give|giving|given) (?:away )?(?:my|all my) (?:\w+ )?(?:dog|cat|pets?|"
         r"things|stuff|belongings|books|clothes|guitar|bike)\b|\bgiving (?:my|all my) (?:\w+ )?"
         r"away\b"),
        ("rent", "affairs", 2, r"\bpaid (?:the |my )?(?:rent|bills|debts) (?:until|till|up|for)\b"),
        ("cancelled", "affairs", 2,
         r"\bcancell?ed (?:my |the )?(?:\w+ )?(?:contract|lease|subscriptions?|phone)\b"
         r"|\b(?:closed|deleted) (?:my|all my|everything)(?: \w+)? ?(?:accounts?)?\b"
         r"|\b(?:returned|handed back) the keys\b"),
        ("sorted", "affairs", 2,
         r"\b(?:it is|everything is|all|that is|it) (?:all )?(?:sorted|in order|taken care of|"
         r"settled)(?: now)?\b|\bput my affairs in order\b"),
        ("passwords", "affairs", 2, r"\b(?:bank )?passwords\b|\bpin numbers?\b"),
        ("secret", "plan", 1,
         r"\b(?:nobody|no one) (?:knows|will know|needs to know)\b|\bpaid (?:in )?cash\b"
         r"|\btold (?:work|them|everyone) (?:i am|that i am) (?:on holiday|away|fine)\b"
         r"|\b(?:almost|nearly) (?:done|ready)\b"),
    ],
    join=(
        r"\b(?:want|wish|need|long|longing|ready|going) (?:\w+ )?to (?:\w+ )?(?:join|be with) "
        r"(?:him|her|them|my late \w+)\b"
    ),
    dead=(
        r"\b(?:passed|died|death|lost|late|funeral|grave|heaven|other side|wherever (?:he|she|"
        r"they) (?:is|are))\b"
    ),
    suppress=(
        r"\b(?:used to|years? ago|months ago|went away|gone away|passed now|faded|did fade|"
        r"behind me|to (?:keep|hold|look after|lock up)|locked (?:up|away)|safety plan|got "
        r"rid of|threw (?:them|it) away|handed (?:them|it) in|according to|in the (?:news|"
        r"paper)|newspaper)\b"
        r"|\b(?:he|she|they|man|woman|boy|girl|brother|sister|son|daughter|friend|dad|mum|mom|"
        r"father|mother|husband|wife|partner) (?:\w+ ){0,3}(?:took|jumped|tried|overdosed|"
        r"swallowed|was found|is safe|are safe|is in hospital|is at the hospital)\b"
    ),
    ordinary=(
        r"\b(?:moving|move|holiday|holidays|gym|taxes|tax return|wedding|new (?:flat|house|job|"
        r"phone)|upgrade|mortgage|finally feeling|in control)\b"
    ),
)

_ES_SIGNS = _Signs(
    means=[
        ("pills", "method", 3,
         r"\b(?:junte|juntar|juntando|conte|contar|contando|guardando|acumule|acumulando|"
         r"ahorrando|todas (?:las|mis)|cajas de|blisters? de|frascos? de|\d+)\b(?: \w+){0,4} "
         r"<PILLS>\b|\b<PILLS>\b(?= (?:\w+ ){0,6}(?:las conte|los conte|en un frasco|en la mesa|"
         r"delante de mi|hay que tomar|hacen falta|para no despertar))"),
        ("rope", "method", 3, r"\b(?:cuerda|soga|lazo)\b(?! (?:de saltar|para saltar|de tender))"),
        ("gun", "method", 3,
         r"\b(?:pistola|escopeta|revolver|rifle|cartuchos|municion|arma de fuego|arma)\b"
         r"(?! (?:de agua|de juguete))"),
        ("blade", "method", 3,
         r"\b(?:cuchillas?|navajas?|hojas? de afeitar|cuchillo|bisturi|cutter)\b(?= (?:[\w,]+ )"
         r"{0,12}(?:usarlas|usarla|usarlo|mas profundo|en la banera|esta noche|no dejo de "
         r"pensar|no me lo saco))"),
        ("height", "method", 3,
         r"\b(?:terraza|azotea|techo|puente|viaducto|acantilado|balcon|edificio|parking|"
         r"torre)\b(?= (?:[\w,]+ ){0,10}(?:\w+ (?:pisos|plantas|metros)|suficiente|alto|"
         r"mire (?:hacia )?abajo|el borde|saltar|tirarme))"
         r"|\b(?:\w+ (?:pisos|plantas|metros)) (?:\w+ ){0,8}(?:terraza|azotea|puente|"
         r"viaducto|edificio)\b|\bque altura\b"),
        ("train", "method", 3,
         r"\b(?:tren|trenes|via|vias|paso a nivel)\b(?= (?:[\w,]+ ){0,10}(?:hora|horario|sin "
         r"parar|no para|de carga|un paso mas))|\b(?:ultimo tren|tren de carga)\b|\ba que "
         r"hora pasa\b"),
        ("car", "method", 3,
         r"\b(?:me meto|meterme|estrellarme|estrellar|chocar|tirarme|me tiro) (?:\w+ ){0,4}"
         r"contra (?:un |el |una |la )?(?:camion|muro|arbol|pilar|barrera|guardarrail)\b"
         r"|\b(?:parecer(?:ia)?|pasar(?:ia)? por|como) un accidente\b|\bcarbon\b"),
    ],
    weak_means=(
        r"\b(?:<PILLS>|paracetamoles|insulina|terraza|azotea|puente|viaducto|tren|vias|escopeta|cuerda|"
        r"pistola|cuchillas)\b"
    ),
    lethal=(
        r"\b(?:alcanza|alcanzan|alcanzaria|es suficiente|son suficientes|seria suficiente|"
        r"suficiente para|sin dolor|sin sufrir|duele|letal|mortal|es para mi|hay que tomar|"
        r"hacen falta)\b|\bcuant[oa]s (?:\w+ ){0,4}(?:para|necesito)\b"
    ),
    signs=[
        ("other-side", "goodbye", 3, r"\bnos vemos en el otro lado\b"),
        ("the-end", "goodbye", 3, r"\besto es el (?:fin|final)\b(?= *$| ,| para mi)"),
        ("no-return", "goodbye", 3,
         r"\bno volvere\b|\b(?:ya )?no me (?:van|vais) a (?:ver|leer)\b|\bhasta siempre\b"),
        ("fault", "goodbye", 3, r"\bno (?:fue|es) culpa de (?:nadie|ustedes|ninguno)\b"),
        ("last", "goodbye", 3,
         r"\b(?:este es|es|aqui va) mi (?:ultimo|ultima) (?:mensaje|post|publicacion|vez)\b"
         r"(?! (?:en este|en el hilo|antes|de este|del|sobre|para))"),
        ("leaving", "goodbye", 2,
         r"\b(?:ya|yo ya) me voy\b(?! (?:a (?:dormir|casa|trabajar|la cama)|de vacaciones))"
         r"|\bme despido\b(?= *$| de (?:ustedes|todos|vosotros|este grupo))"
         r"|^ adios(?: a todos)? $"),
        ("thanks", "farewell", 1,
         r"\bgracias por (?:todo|aguantarme|escucharme|todo este tiempo)\b|\blos quiero\b"
         r"|\bcuidense\b|\blos llevo conmigo\b|\bfueron (?:muy buenos|los unicos)\b"),
        ("not-long", "intent", 3,
         r"\bno (?:pienso|creo|voy a|planeo) llegar a\b|\bno (?:pienso|planeo) (?:seguir|estar) "
         r"(?:aqui|viv[oa]) (?:mucho|por mucho)\b"),
        ("today", "intent", 2, r"\bhoy es el dia\b|\b(?:ha llegado|llego) el dia\b"),
        ("letters", "affairs", 2,
         r"\bcartas? (?:\w+ ){0,4}(?:para|a) (?:cada uno de |cada una de )?mis <KIN>\b"
         r"|\b(?:escribi|deje) (?:una )?cartas? (?:\w+ ){0,3}(?:para|a) (?:mis|mi|cada)\b"),
        ("will", "affairs", 2, r"\btestamento\b"),
        ("given", "affairs", 2,
         r"\b(?:regale|di|deje|encargue) (?:el|la|mi|mis|los) (?:gato|perro|mascotas?|cosas|"
         r"libros|ropa|gata|perra)\b|\ble (?:regale|encargue|di) (?:el|la|mi|mis)\b"),
        ("paid", "affairs", 2, r"\b(?:deje|dejo) (?:\w+ ){0,2}pagad[oa]s?\b|\bpague (?:el "
                               r"alquiler|las deudas) hasta\b"),
        ("cancelled", "affairs", 2,
         r"\bcancele (?:el|mi|la) (?:contrato|alquiler|cuenta|linea)\b|\bcerre (?:mis|todas "
         r"mis) cuentas\b|\bdevolvi las llaves\b"),
        ("sorted", "affairs", 2, r"\btodo (?:atado|listo|arreglado|en orden|resuelto)\b"),
        ("passwords", "affairs", 2, r"\bclaves del banco\b|\bcontrasenas\b"),
        ("secret", "plan", 1,
         r"\bnadie (?:sabe|lo sabe|se entera)\b|\bno le doy mas vueltas\b|\bya lo tengo "
         r"(?:todo )?(?:decidido|pensado)\b|\bdonde no me encuentren\b"),
    ],
    join=(
        r"\b(?:quiero|queria|necesito|deseo|quisiera) (?:\w+ )?(?:irme con|estar con|reunirme "
        r"con) (?:el|ella|ellos|mi \w+)\b"
    ),
    dead=(
        r"\b(?:murio|se fue|fallecio|perdi|muerte|partio|cielo|donde este)\b"
    ),
    suppress=(
        r"\b(?:hace (?:\w+ ){0,2}(?:ano|anos|meses)|se fueron|se me paso|quedo atras|ya paso|"
        r"para que (?:me )?(?:las|los|la|lo) (?:guarde|tenga|cuide)|plan de seguridad|me deshice|"
        r"segun (?:el|la)|periodico|noticias)\b"
        r"|\b(?:el|ella|hombre|mujer|chico|chica|hermano|hermana|hijo|hija|amigo|amiga) (?:\w+ )"
        r"{0,3}(?:se tiro|tomo|se tomo|intento|se lanzo|esta a salvo)\b|\bya esta a salvo\b"
    ),
    ordinary=(
        r"\b(?:mudanza|me mudo|vacaciones|gimnasio|impuestos|boda|piso nuevo|trabajo nuevo|"
        r"que alivio)\b"
    ),
)

_FR_SIGNS = _Signs(
    means=[
        ("pills", "method", 3,
         r"\b(?:compte|compter|garde|accumule|stocke|tous mes|toutes mes|boites de|plaquettes "
         r"de|\d+)\b(?: \w+){0,4} <PILLS>\b|\b<PILLS>\b(?= (?:\w+ ){0,6}(?:il y en a assez|"
         r"devant moi|sur la table|en faut))"),
        ("rope", "method", 3, r"\b(?:corde|noeud coulant)\b(?! (?:a sauter|de guitare|a linge))"),
        ("gun", "method", 3,
         r"\b(?:pistolet|fusil|carabine|revolver|cartouches|arme a feu|arme)\b"
         r"(?! (?:a eau|en plastique|jouet))"),
        ("blade", "method", 3,
         r"\b(?:lames?|rasoir|couteau|scalpel|cutter)\b(?= (?:[\w,]+ ){0,12}(?:plus profond|"
         r"m en servir|baignoire|ce soir|arrete pas|arrive pas a arreter))"
         r"|\b(?:rempli|remplis) la baignoire\b"),
        ("height", "method", 3,
         r"\b(?:toit|terrasse|parking|pont|viaduc|falaise|balcon|immeuble|tour)\b(?= (?:[\w,]+ )"
         r"{0,10}(?:\w+ (?:etages|metres)|assez haut|suffisant|regarde en bas|le bord|sauter|"
         r"me jeter))"
         r"|\b(?:\w+ (?:etages|metres)) (?:\w+ ){0,8}(?:toit|terrasse|pont|viaduc|immeuble)\b"
         r"|\bquelle hauteur\b"),
        ("train", "method", 3,
         r"\b(?:train|trains|voie|voies|rails|passage a niveau|quai)\b(?= (?:[\w,]+ ){0,12}"
         r"(?:heure|horaires?|sans (?:se )?arreter|fret|un pas de plus))|\bl heure du train\b"
         r"|\bhoraires? des trains\b|\btrain de fret\b"),
        ("car", "method", 3,
         r"\b(?:fonce|foncer|me planter|precipiter|lancer la voiture|jeter la voiture) "
         r"(?:\w+ ){0,4}(?:dans|contre) (?:un |une |le |la )?(?:pile|camion|mur|arbre|"
         r"glissiere|platane|pilier)\b|\b(?:passera|passer|ressembler|ressemblera) (?:pour|a) "
         r"un accident\b|\bcalfeutrer\b|\btuyau (?:d |de )?echappement\b|\bcharbon de bois\b"),
    ],
    weak_means=(
        r"\b(?:<PILLS>|insuline|toit|pont|viaduc|falaise|train|rails|carabine|fusil|corde|"
        r"rasoir|lames)\b"
    ),
    lethal=(
        r"\b(?:suffisant|suffisante|suffisants|suffire|suffit|assez pour|douloureux|sans "
        r"souffrir|sans douleur|mortel|mortelle|letal|c?e est pour moi|dose mortelle)\b"
        r"|\bcombien (?:\w+ ){0,4}(?:faut|pour|en faut)\b"
    ),
    signs=[
        ("partir", "method", 3,
         r"\bcomment (?:partir|mourir|en finir|me tuer) (?:sans souffrir|sans douleur|"
         r"en douceur)\b"),
        ("last", "goodbye", 3,
         r"\b(?:ce est|voici|voila) mon dernier message\b(?! (?:dans|sur|avant|de le|pour|du))"
         r"|\bmon au revoir\b"),
        ("no-return", "goodbye", 3,
         r"\bvous (?:ne )?me (?:reverrez|verrez|lirez) (?:plus|jamais)\b|\bune derniere fois\b"
         r"(?! (?:avant|pour))|^ adieu(?: a tous| tout le monde)? $"),
        ("fault", "goodbye", 3,
         r"\brien a vous reprocher\b|\bce n?e? ?est la faute de personne\b"
         r"|\bce est pas (?:de )?(?:votre|ta) faute\b"),
        ("the-end", "goodbye", 3, r"\bce est la fin\b(?= *$| ,| pour moi)"),
        ("leaving", "goodbye", 2,
         r"\bje me en vais\b|\bavant de partir\b|\bje pars ce soir\b|\bje (?:vous )?dis "
         r"au revoir\b"),
        ("thanks", "farewell", 1,
         r"\bmerci (?:pour tout|a tous|de avoir essaye)\b|\bprenez soin de vous\b|\bje vous "
         r"embrasse\b|\bles seuls qui\b"),
        ("not-long", "intent", 3,
         r"\bintention de etre (?:encore )?la\b|\bje ne? ?serai (?:plus|pas) la\b"
         r"|\b(?:compte|pense) pas etre (?:encore )?la\b"),
        ("tonight", "intent", 2,
         r"\bce est (?:ce soir|aujourd hui|pour ce soir)\b|\ble jour est venu\b"),
        ("letters", "affairs", 2,
         r"\blettres? (?:\w+ ){0,4}(?:a|pour) (?:chacun de |chacune de )?mes <KIN>\b"
         r"|\b(?:ecrit|laisse) une lettre (?:\w+ ){0,3}(?:a|pour) (?:mes|mon|ma|chacun)\b"),
        ("will", "affairs", 2, r"\btestament\b|\bpapiers du notaire\b"),
        ("given", "affairs", 2,
         r"\b(?:confie|donne|laisse) (?:mon|ma|mes) (?:chat|chien|chats|chiens|animaux|affaires|"
         r"livres|vetements)\b"),
        ("cancelled", "affairs", 2,
         r"\bresilie (?:mon|ma|mes|le|la)\b|\brembourse (?:mes|toutes mes) dettes\b"
         r"|\bcomptes (?:sont )?fermes\b|\bferme mes comptes\b|\brendu les cles\b"),
        ("sorted", "affairs", 2, r"\btout est (?:regle|en ordre|pret|arrange)\b"),
        ("passwords", "affairs", 2, r"\bmots de passe\b"),
        ("secret", "plan", 1,
         r"\bpersonne (?:ne )?(?:sait|le sait|saura)\b|\bce est decide\b|\bje ai tout "
         r"(?:prepare|prevu)\b|\bje apporte tout ce que il faut\b"),
    ],
    join=(
        r"\b(?:veux|voudrais|aimerais|envie de|besoin de|vouloir) (?:\w+ )?(?:le|la|les) "
        r"rejoindre\b"
    ),
    dead=(
        r"\b(?:parti|partie|mort|morte|deces|decede|decedee|perdu|ciel|la haut|disparu)\b"
    ),
    suppress=(
        r"\b(?:il y a (?:\w+ ){0,2}(?:ans|an|mois)|sont parties|derriere moi|ca est passe|"
        r"pour que (?:il|elle) (?:les|le|la) garde|plan de securite|de apres le journal|"
        r"journal|article)\b"
        r"|\b(?:il|elle|homme|femme|garcon|fille|frere|soeur|fils|ami|amie) (?:\w+ ){0,3}"
        r"(?:se est jete|a pris|a avale|a tente|est en securite|est hospitalise)\b"
    ),
    ordinary=(
        r"\b(?:demenagement|demenager|vacances|salle de sport|impots|mariage|nouvel "
        r"appartement|nouveau travail)\b"
    ),
)


@dataclass(frozen=True)
class _CompiledSigns:
    means: list[tuple[str, str, int, re.Pattern[str]]]
    weak_means: re.Pattern[str]
    lethal: re.Pattern[str]
    signs: list[tuple[str, str, int, re.Pattern[str]]]
    join: re.Pattern[str]
    dead: re.Pattern[str]
    suppress: re.Pattern[str]
    ordinary: re.Pattern[str]


def _compile_signs(signs: _Signs, lexicon: Lexicon) -> _CompiledSigns:
    def expand(pattern: str) -> re.Pattern[str]:
        return re.compile(_TERM.sub(lambda term: lexicon.terms[term.group(1)], pattern))

    return _CompiledSigns(
        means=[(name, family, weight, expand(pattern))
               for name, family, weight, pattern in signs.means],
        weak_means=expand(signs.weak_means),
        lethal=expand(signs.lethal),
        signs=[(name, family, weight, expand(pattern))
               for name, family, weight, pattern in signs.signs],
        join=expand(signs.join),
        dead=expand(signs.dead),
        suppress=expand(signs.suppress),
        ordinary=expand(signs.ordinary),
    )


_SIGNS = {
    language: _compile_signs(signs, LEXICONS[language])
    for language, signs in (("en", _EN_SIGNS), ("es", _ES_SIGNS), ("fr", _FR_SIGNS))
}
# Spanish leaves the subject out, so its commonest first-person verbs name the writer too.
_WRITER = re.compile(
    r"\b(?:i|me|my|myself|mine|yo|mi|mis|conmigo|je|moi|mon|ma|mes|tengo|estoy|soy|voy|"
    r"quiero|puedo|necesito|pienso|creo|se|conte|junte|compre|guarde)\b|rme\b"
)


def _read_signs(rules: _Compiled, sentences: list[_Sentence], post: _Post) -> None:
    """Add to each sentence the signs of `rules`' language found in its clauses."""
    signs = _SIGNS[rules.language]
    whole = post.normalised
    writer = _WRITER.search(whole) is not None
    lethal = signs.lethal.search(whole) is not None
    weak = lethal and signs.weak_means.search(whole) is not None
    joining = signs.dead.search(whole) is not None
    for sentence in sentences:
        if rules.language not in sentence.languages:
            continue
        for clause in _CLAUSE_BREAK.split(sentence.text):
            clause = f" {clause.strip(_TRIM)} "
            if len(clause) < 4 or signs.suppress.search(clause) or rules.past.search(clause) or (
                rules.past_tense.search(clause) and post.has_recovered(rules)
            ):
                continue
            found = sentence.found.signals
            ordinary = signs.ordinary.search(clause) is not None
            for name, family, weight, pattern in signs.means:
                match = pattern.search(clause)
                if match and (writer or lethal) and not _negated(rules, clause[:match.start()]) \
                        and not rules.benign.search(clause):
                    found[f"{rules.language}:{name}"] = (rules.language, family, weight)
            if weak and signs.weak_means.search(clause) and (
                signs.lethal.search(clause) or sentence.question
            ):
                found[f"{rules.language}:lethal"] = (rules.language, "method", 3)
            for name, family, weight, pattern in signs.signs:
                match = pattern.search(clause)
                if not match or (family == "affairs" and ordinary):
                    continue
                before = clause[:match.start()]
                # A goodbye is often written to whoever finds it ("if anyone reads this").
                if _quoted(before) or _reported(rules, before) or (
                    family != "goodbye"
                    and _nearest_person(rules, before, addressed=True) in ("other", "news")
                ):
                    continue
                found[f"{rules.language}:{name}"] = (rules.language, family, weight)
            if joining and signs.join.search(clause):
                found[f"{rules.language}:join"] = (rules.language, "intent", 3)


def assess(text: str, language: str | None = None) -> Assessment:
    """Whether `text` reads as its writer being at risk now (see the module's notes).
    `language` ("en", "es", "fr") narrows the check to that language's rules; by default
    all three run, since a member may write in any of them."""
    rule_sets = [_COMPILED[language]] if language in _COMPILED else list(_COMPILED.values())
    anchors = frozenset().union(*(rules.index.words for rules in rule_sets))
    post = _Post(normalise(text))
    read: list[_Sentence] = []
    for text_of_sentence in _pieces(_SENTENCE.findall(post.normalised)):
        if post.sentences and _is_strong(post.sentences[-1]) and (
            _score(post.sentences[-2 * _WINDOW - 1:])[0] >= _THRESHOLD
        ):
            break
        sentence = _Sentence(text_of_sentence, _Found())
        post.sentences.append(sentence.found)
        read.append(sentence)
        words_in_sentence = set(text_of_sentence.strip(_TRIM).split())
        if words_in_sentence.isdisjoint(anchors):
            continue
        in_language = [
            rules for rules in rule_sets if not words_in_sentence.isdisjoint(rules.index.words)
        ]
        for clause in _CLAUSE_BREAK.split(text_of_sentence):
            clause = clause.strip(_TRIM)
            if not clause:
                continue
            clause = f" {clause} "
            words = set(clause.split())
            for rules in in_language:
                if not words.isdisjoint(rules.index.words):
                    _assess_clause(rules, clause, words, sentence, post)
    for rules in rule_sets:
        _read_signs(rules, read, post)
    weight = 3 if post.topic else 2
    for found in post.sentences:
        for index, found_language in enumerate(found.again):
            found.signals[f"{found_language}again{index}"] = (found_language, "intent", weight)
    best, reasons = 0, []
    with_signals = [index for index, found in enumerate(post.sentences) if _is_strong(found)]
    centres = sorted({
        centre for index in with_signals
        for centre in range(index - _WINDOW, index + _WINDOW + 1)
        if 0 <= centre < len(post.sentences)
    })
    for centre in centres:
        score, found_reasons = _score(
            post.sentences[max(0, centre - _WINDOW): centre + _WINDOW + 1]
        )
        if score > best:
            best, reasons = score, found_reasons
    flagged = best >= _THRESHOLD
    return Assessment(
        flagged=flagged,
        reasons=reasons if flagged else [],
        about_someone_else=post.someone_else and not flagged,
    )


# --- evaluation ----------------------------------------------------------------------------


def read_sentences(path: Path = SENTENCES) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _scores(rows: Iterable[tuple[bool, bool]]) -> dict[str, float | int]:
    true_pos = false_pos = false_neg = true_neg = 0
    for label, flagged in rows:
        true_pos += label and flagged
        false_pos += (not label) and flagged
        false_neg += label and not flagged
        true_neg += (not label) and not flagged
    return {
        "sentences": true_pos + false_pos + false_neg + true_neg,
        "precision": true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0,
        "recall": true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0,
        "false_positives": false_pos,
        "false_negatives": false_neg,
    }


def _natural(name: str) -> list[Any]:
    """A sort key that puts "batch-9" before "batch-10"."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def evaluate(path: Path = SENTENCES) -> dict[str, Any]:
    """Precision and recall of `assess` on a labelled set (JSON lines: text, language, label,
    category, optionally set), overall, per language, per category and per set, with the
    sentences it got wrong."""
    results = [(row, assess(row["text"]).flagged) for row in read_sentences(path)]
    groups: dict[str, dict[str, list[tuple[bool, bool]]]] = {
        "language": {}, "category": {}, "set": {}
    }
    for row, flagged in results:
        for key, group in groups.items():
            if key in row:
                group.setdefault(row[key], []).append((row["label"], flagged))
    return {
        **_scores((row["label"], flagged) for row, flagged in results),
        "languages": {name: _scores(rows) for name, rows in sorted(groups["language"].items())},
        "categories": {name: _scores(rows) for name, rows in sorted(groups["category"].items())},
        "sets": {
            name: _scores(rows)
            for name, rows in sorted(groups["set"].items(), key=lambda item: _natural(item[0]))
        },
        "misclassified": [
            {**row, "flagged": flagged} for row, flagged in results if row["label"] != flagged
        ],
    }
