"""Crisis language in English, Spanish and French: a post that may come from someone in
danger is held for a person to read, and its author is shown where to get help now.

What is flagged (held): the writer's own current risk, in the first person —
  intent and ideation ("I want to end it all", "no quiero seguir viviendo", "je veux en finir"),
  plans and means ("I've been saving up pills", "me compré una cuerda"), self-harm now, and
  goodbyes ("this is my last post, goodbye everyone", "quand vous lirez ce message…").
What is not flagged:
  - recovery stories told in the past ("two years ago I tried…", "hace dos años…", "il y a deux
    ans…"); "since"/"desde hace"/"depuis" mark something still going on, so they do not count;
  - idioms ("this commute is killing me", "me muero de risa", "je meurs de faim", "die of
    embarrassment"), erased before the search;
  - negations close before the words ("I would never hurt myself", "no quiero morir");
  - questions about help in a hypothetical ("what number do I call if I ever feel suicidal?");
  - news, prevention and bereavement ("my dad took his own life in 2015").
Someone else at risk ("my son said he wanted to die", a quoted "I want to end it all", "mon
frère dit qu'il va se tuer") is NOT held: the writer is the one asking for help, and holding
their post would keep them from the group when they need it. Such an assessment comes back with
`about_someone_else=True` (and `flagged=False`), so a caller may show the writer the crisis card
without holding anything. Bereavement ("died by suicide", "se quitó la vida") is neither.

Rules, not a model: text is lower-cased, accents folded, contractions and elisions expanded,
then cut into sentences and clauses ("but now…" starts a new clause). Each language has phrase
lists by category; a phrase counts unless, within its clause, a negation stands just before it,
a past/recovery cue is present, it is quoted or reported from someone else, or it names another
person as the subject. Phrases are indexed by a word each one needs, so a clause runs only the
few that could match: nothing is downloaded, and a typical post takes about 0.1 ms.
Recall matters more than precision here: a held post costs a moderator a minute, a missed one
may cost far more.

How good it is. The labelled set (data/crisis_sentences.jsonl: 537 sentences, a third each in
English, Spanish and French, 41 % crisis) was written in four batches (its `set` field), and the
rules were changed after each, so the figures on the whole set (precision 1.00, recall 0.95 with
`mutual crisis-check evaluate`) are figures on text the rules were fitted to. The honest estimate
is how each batch scored the first time it was run, before any change: batch 2 precision 0.75,
recall 0.21; batch 3 0.79 and 0.28; batch 4 0.93 and 0.54. So on posts nobody has read, expect
it to catch about half of plainly worded crises and few implicit ones ("I have decided. Tomorrow
morning, before anyone wakes up."): it is a first net, and reports by members and facilitators
remain the main way a post in danger reaches a moderator. To improve it, write a new batch
without looking at the rules, measure it with `--file`, note its first figures here, then fix
the rules and merge the batch.
"""

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

_PUNCTUATION = str.maketrans({
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"',
    "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u2026": ".", "-": " ", "\u2013": " ",
    "\u2014": " ", "_": " ", "*": " ", "(": " , ", ")": " , ", "\u00bf": " ", "\u00a1": " ",
    "\u0153": "oe", "\u00e6": "ae", "\u00df": "ss",
})

_SHORT_FORMS = {
    # English contractions and texting forms.
    "i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have", "i'd": "i would",
    "i'll": "i will", "can't": "can not", "cant": "can not",
    "cannot": "can not", "won't": "will not", "wont": "will not", "don't": "do not",
    "dont": "do not", "doesn't": "does not", "doesnt": "does not", "didn't": "did not",
    "didnt": "did not", "isn't": "is not", "aren't": "are not", "wasn't": "was not",
    "wasnt": "was not", "weren't": "were not", "wouldn't": "would not", "wouldnt": "would not",
    "couldn't": "could not", "shouldn't": "should not", "haven't": "have not",
    "havent": "have not", "hasn't": "has not", "ain't": "am not", "wanna": "want to",
    "gonna": "going to", "gotta": "got to", "imma": "i am going to", "it's": "it is",
    "that's": "that is", "there's": "there is", "what's": "what is", "you're": "you are",
    "they're": "they are", "we're": "we are", "he's": "he is", "she's": "she is",
    "you'll": "you will", "they'll": "they will", "they'd": "they would", "he'll": "he will",
    "she'll": "she will", "u": "you", "ur": "your", "rn": "right now", "tmrw": "tomorrow",
    "cuz": "because", "coz": "because", "kms": "kill myself",
    # Spanish texting forms.
    "q": "que", "xq": "porque", "pq": "porque", "porq": "porque", "tqm": "",
    # French texting forms (elisions are expanded below).
    "jveux": "je veux", "jvais": "je vais", "jsuis": "je suis", "chui": "je suis",
    "chuis": "je suis", "jpeux": "je peux", "jai": "je ai", "mdr": "",
    "ptdr": "",
}
_TOKENS = re.compile(r"([a-z0-9']+)")
_NT = re.compile(r"n't\b")
_ELIDED = {"j": "je ", "m": "me ", "t": "te ", "s": "se ", "n": "ne ", "l": "le ", "d": "de ",
           "c": "ce ", "qu": "que ", "jusqu": "jusque ", "lorsqu": "lorsque ",
           "puisqu": "puisque "}
# Phrases that turn a negation into "keep on": "I can't stop thinking about…".
_KEEP_ON = re.compile(
    r"\b(?:can not (?:stop|help)|no (?:puedo dejar de|dejo de)|ne (?:arrete pas de|"
    r"peux pas (?:me empecher de|arreter de)))\b"
)
_NOISE = re.compile(r"[^a-z0-9'\",:.!?;\n ]+")


def normalise(text: str) -> str:
    text = text.translate(_PUNCTUATION).lower()
    if not text.isascii():
        text = "".join(
            char for char in unicodedata.normalize("NFKD", text)
            if not unicodedata.combining(char)
        )
    text = "".join([_SHORT_FORMS.get(token, token) for token in _TOKENS.split(text)])
    if "'" in text:
        text = _expand_elisions(_NT.sub(" not", text))
    text = text.replace(",", " , ").replace(":", " : ").replace('"', ' " ')
    text = _KEEP_ON.sub("keep", text)
    text = text.replace("de plus en plus", "toujours")
    text = _NOISE.sub(" ", text)
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
            out[-1] = before + "'" + piece
    return "".join(out)


_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
_TRIM = " .!?;\n"
_CLAUSE_BREAK = re.compile(
    r"\b(?:but|however|though|although|and now|pero|sin embargo|aunque|y ahora|mais|"
    r"cependant|pourtant|et maintenant)\b"
)


# --- phrase lists ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    """One language's phrases. `evident` phrases name the writer themselves ("kill myself");
    `subject` phrases need the nearest subject before them to be the writer ("want to die").
    `writer` is the first-person subject pronoun; `first_person` adds its object forms."""

    evident: dict[str, str]
    subject: dict[str, str]
    soft_goodbye: str
    not_goodbye: str
    someone_else: str
    idioms: str
    negations: frozenset[str]
    scope_breaks: str
    ongoing: str
    past: str
    reporting: str
    writer: str
    first_person: frozenset[str]
    other_person: frozenset[str]
    hypothetical: str


EN = Lexicon(
    evident={
        "intent": (
            r"\bkill(ing)? myself\b|\b(end|ending|take|taking) my (own )?life\b"
            r"|\bend(ing)? it all\b|\b(better|happier|easier) (off )?without me\b"
            r"|\bbetter off dead\b|\b(can not|will not|do not think i can|do not think i will) "
            r"survive (another|one more) (night|day|week)\b(?! (shift|of|at|in|with|on|out))"
            r"|\b(am not going to|will not|do not think i will) make it (to|through|until|till) "
            r"(christmas|new year|my birthday|the weekend|tomorrow|the morning|morning)\b"
            r"|\b(no one|nobody) (would|will) (even )?miss me\b"
            r"|\bi (am|feel|have been|have felt|get|keep feeling) (so |really |very |quite "
            r"|kind of |a bit )?suicidal\b|\bunalive (myself|me)\b"
            r"|\b(having|have|had|get|getting) suicidal (thoughts|feelings)\b"
            r"|\b(think|thinking|thought) (about|of) (suicide|ending (it|things|my life))\b"
            r"|\bwish i (was|were) (dead|never born)\b|\bwant (my life|it all|everything|this|"
            r"it|all of this) to (be over|end|stop)\b"
            r"|\bif i (\w+ )?(was|were) (gone|dead|not here|not around|not alive)\b"
            r"|\b(this|it) is the end (for|of) me\b"
            r"|\bif i (died|disappeared|vanished)\b|\b(do not|can not) see myself "
            r"(still )?(being )?(here|alive|around)\b|\bi (self harm|self harmed)\b"
        ),
        "self-harm": (
            r"\b(hurt|harm|cut|burn|hurting|harming|cutting|burning) myself\b(?! (shaving|"
            r"cooking|chopping|at |playing|while|when|in the|during|lifting|running|falling|"
            r"on the stairs))|\b(started|starting|been|keep|back to) (cutting|self harming)\b"
            r"(?! (back|down|out|off|the|my hair|hair|costs|carbs|sugar|up))"
        ),
        "method": (
            r"\b(saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|"
            r"stashed) (up )?(my |some |enough |all my )?(pills|tablets|meds|medication|"
            r"medicine|painkillers)\b|\b(have|got|collected) enough (pills|tablets|meds|"
            r"medication|painkillers)\b|\b(bought|buy|buying|got|have) (a|the) rope\b"
            r"|\b(think|thinking|thought) (about|of) jumping\b"
            r"|\b(i|me|myself) (\w+ ){0,4}jump(ing)? (off|from) (the|a) (bridge|roof|building|"
            r"balcony|cliff)\b|\b(going to|want to|will|about to) jump\b(?= *$| (off|from|"
            r"tonight|now|today|in front))"
            r"|\b(throw|throwing) myself (off|in front|under)\b"
            r"|\b(ways?|how|methods?) to (die|kill myself|end my life|end it)\b"
            r"|\bpainless (way|ways|death)\b"
            r"|\b(took|taken|swallowed) (a bunch of|a lot of|too many|loads of|a handful of|"
            r"the whole (bottle|box|pack|packet) of) (pills|tablets|meds|medication|"
            r"painkillers)\b|\b(took|swallowed) all (of )?my (pills|tablets|meds) at once\b"
            r"|\boverdosed\b"
            r"|\b(tonight|today|tomorrow|this weekend|now) i am (going to|gonna) do it\b"
            r"|\b(going to|gonna) do it (tonight|today|tomorrow|this weekend)\b"
            r"|\b(suicide|goodbye|farewell) (note|letter)\b|\b(written|wrote|writing|finished) "
            r"my (last )?note\b|\b(going to|want to|will|about to|plan to|planning to|"
            r"thinking (of|about)|could) (just )?(take|taking|swallow|swallowing) (all|every|"
            r"the whole)\b|\b(going to|want to|will|about to|thinking (of|about)) overdose\b"
            r"|\b(giving|given|gave) away (all )?my (things|stuff|belongings|possessions)\b"
            r"|\bknow (exactly )?how (i would|i will|i am going to|i could) do it\b"
            r"|\b(have|made|got) a plan to (end|kill|die|do it)\b"
            r"|\b(pills|tablets|meds) (are )?(lined up|laid out|counted out)\b"
            r"|\b(lined up|laid out|counted out) (the|my|all the|all my) (pills|tablets|meds)\b"
            r"|\b(staring|looking|stare|look) at (the|my|all the|all my) (pills|tablets|rope|"
            r"blade|razor)\b|\b(my plan is|i plan|i am planning) to (go |walk |drive |head )?"
            r"(to )?the (bridge|tracks|railway|cliffs?|rooftop|roof)\b"
            r"|\b(standing|sitting) on (the|a) (ledge|edge of the (roof|"
            r"bridge)|railing|tracks|roof|bridge)\b(?! (of|to|for|with|at))"
        ),
        "goodbye": (
            r"\b(this|it) is my (very )?last (post|message)\b(?! (before|for|until|till|of "
            r"the|of this|this|today|tonight|here for|in|on))|\bgoodbye (forever|for good|world)\b"
            r"|\bthis is goodbye\b|\bby the time (you|anyone|someone) (read|reads|see|sees) "
            r"this\b|\byou (will|would) (not|never) (hear from|see) me again\b"
            r"|\bi (will not|am not going to) be (here|around|alive) (much longer|tomorrow|"
            r"anymore|for long|next week|by)\b"
            r"|\b(please )?do not (try to )?(find|look for|search for|come looking for) me\b"
            r"|\btell my (kids|children|son|daughter|family|parents|mum|mom|dad|wife|husband|"
            r"partner|boys|girls) (that )?i (love|loved|am sorry)\b"
        ),
    },
    subject={
        "intent": (
            r"\b(want|wanting|wish|need|going|ready|decided|plan|planning|would like) to die\b"
            r"|\b(do not|never) want to wake up\b"
            r"|\bhave (been )?(wanted|wanting) to die\b|\bwant to be dead\b"
            r"|\b(do not|no longer) want to (live|be alive|be here|exist|go on)\b(?! (in|at|"
            r"with|near|there|abroad|alone|together|on|without))"
            r"|\b(tired|sick) of (living|being alive|life)\b"
            r"|\bno (\w+ )?(reason|point) (for me )?(to|in) (keep |keep on |go on |going on )?"
            r"(living|live|being alive|going on)\b|\bwhat is the point (of|in) (living|life|"
            r"going on|being alive)\b|\b(wish|want|hope|pray)\b[a-z ]{0,30}\b(never|not) wake "
            r"up\b|\brather (be dead|die) than (keep|keeping|go on|going on|continue|"
            r"continuing|live|living|feel|feeling|face|deal|wake)\b"
            r"|\b(want|wish|need) to (disappear|vanish) (forever|for good|permanently)\b"
            r"|\bcommit(ting)? suicide\b|\bfeel(ing)? (so suicidal|really suicidal|suicidal)\b"
            r"|\b(feel|feeling) like dying\b|\b(wish|hope|pray) (that )?i (could )?(die|was "
            r"dead|do not wake up)\b|\b(want|wish) to sleep forever\b"
            r"|\b(life|it) is not worth (living|it anymore)\b|\bnot worth living\b"
            r"|\b(going to|want to|ready to|about to|decided to|will) end (it|things)\b(?! (with|"
            r"for|between|here|there))|\b(done|finished) with (life|living|being alive)\b"
            r"|\b(want|wish|need) to (not|stop) (exist|existing|be alive|being alive)\b"
        ),
    },
    soft_goodbye=(
        r"\b(goodbye|bye|farewell) (everyone|everybody|all|to (you )?all|to everyone|friends|"
        r"guys)\b|\bsaying goodbye to (you all|everyone|all of you|everybody)\b"
        r"|\b(sorry|forgive me) for everything\b"
    ),
    not_goodbye=(
        r"\b(see you|see ya|until|till|next|tomorrow|later|for now|tonight|this week|"
        r"meeting|holiday|holidays|vacation|weekend|back soon|be back|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)\b"
    ),
    someone_else=(
        r"\b(wants|wanted|wanting) to (die|end it all|kill (himself|herself|themselves))\b"
        r"|\b(going|gonna) to kill (himself|herself|themselves)\b|\bkill (himself|herself|"
        r"themselves|themself)\b|\bthreat\w* to (kill|hurt|harm) (himself|herself|themselves)\b"
        r"|\b(is|are|seems|was) suicidal\b|\btalks? about (suicide|killing|wanting to die)\b"
        r"|\b(hurting|cutting|harming) (himself|herself|themselves)\b|\bsuicidal (friend|"
        r"son|daughter|child|partner|brother|sister|mum|mom|dad|father|mother)\b"
    ),
    idioms=(
        r"\bdie (of|from) (embarrassment|boredom|laughter|shame|cringe|hunger|thirst|"
        r"curiosity)\b|\b(die|died|dying) laughing\b|\bkill(ed|ing)? myself laughing\b"
        r"|\bcut (myself|me) (some )?slack\b|\bdying (to|for)\b|\bkill(ing)? for\b"
        r"|\bkilling (time|it)\b|\b(climbing|jump|skipping|guitar|tow) rope\b"
        r"|\brope (for|to) (climb|climbing|the boat|the tent)\b"
    ),
    negations=frozenset({"not", "never", "no", "longer"}),
    scope_breaks=r",|:|\b(and|or|because|so|then|if|that|when|until)\b",
    ongoing=r"\bsince\b[a-z0-9 ]*?\bago\b",
    past=(
        r"\b(years|months|decades|a year|a long time|ages|a while|some time) ago\b|\bused to\b"
        r"|\bback (then|in the day|in (19|20)\d\d)\b"
        r"|\bat the time\b|\bin the past\b|\bwhen i was\b|\blast year\b|\byears back\b"
        r"|\bi survived\b|\bsurvivor\b|\bin (19|20)\d\d\b|\bas a (teen|teenager|kid|child)\b"
        r"|\b(years|months|weeks|days) since i\b"
    ),
    reporting=(
        r"\b(said|says|say|told|tells|wrote|writes|texted|texts|posted|posts|messaged|"
        r"keeps saying|kept saying|threatens|threatened|threatening|screamed|shouted|"
        r"mentioned|admitted|confessed)\b"
    ),
    writer="i",
    first_person=frozenset({"i", "me"}),
    other_person=frozenset({"he", "she", "they", "you", "we", "him", "her", "them", "who",
                            "someone", "somebody", "people", "anyone", "everyone"}),
    hypothetical=r"\b(if|in case|whenever)\b",
)

ES = Lexicon(
    evident={
        "intent": (
            r"\bsuicidarme\b|\bquitarme la vida\b|\bme (voy a|quiero) suicidar\b"
            r"|\b(acabar|terminar) con mi vida\b|\bme (quiero|voy a) matar\b"
            r"|\b(voy a|quiero|pienso en|pensando en|ganas de|deseo|decidi|he decidido|"
            r"necesito|quisiera|podria|intento|trato de|a punto de) matarme\b"
            r"|\b(estarian|estarias|estaria|estaran|estan) mejor sin mi\b"
            r"|\b(soy|estoy|me siento) (un |una )?suicida\b"
            r"|\b(tengo|estoy teniendo|he tenido|me vienen|vuelvo a tener) (\w+ )?"
            r"(pensamientos|ideas) (suicidas|de (suicidio|matarme|morir))\b"
            r"|\bno me veo (aqui|aca|vivo|viva)\b|\bme (autolesiono|lastimo)\b"
            r"|\bno (creo que )?(aguante|aguantare|voy a aguantar|puedo aguantar) otr[ao] "
            r"(noche|dia|semana)\b|\bno voy a llegar a (navidad|fin de ano|manana|mi cumpleanos|"
            r"la manana)\b|\bsi (yo )?no (estuviera|existiera)\b"
            r"|\bmejor (si )?(me muero|me muriera|muerto|muerta|estar muerto|estar muerta)\b"
            r"|\bnadie me (extranaria|echaria de menos)\b"
            r"|\b(esto )?se acabo para mi\b|\b(acabo|termino|acabare|terminare) con todo\b"
            r"(?! (el|lo|esto|eso|la|los|las|de))|\b(quitarme|me quito|me voy a quitar) de en "
            r"medio\b|\b(estoy|estoy parad[oa]|estoy sentad[oa]) (en|sobre) (la azotea|el tejado|"
            r"la cornisa|el borde|las vias|la barandilla)\b"
            r"|\bme (voy a|quiero) (tirar|aventar|lanzar|arrojar)\b"
            r"(?! (en|a la|al) (sofa|cama|piscina|playa|suelo|agua))"
        ),
        "self-harm": (
            r"\b(hacerme|me hago|me hare|me haria|me hice) (\w+ )?dano\b"
            r"|\b(cortarme|me corto|me volvi a cortar|me corte|autolesionarme|lastimarme)\b"
            r"(?! (el|la|los|las|un|una|con|al|cocinando|afeitando|sin querer))"
        ),
        "method": (
            r"\b(juntando|guardando|acumulando|ahorrando|junte|guarde|acumule|escondiendo) "
            r"(\w+ )?(pastillas|pildoras|medicamentos|medicinas|calmantes)\b"
            r"|\b(tengo|junte|reuni) (suficientes|bastantes) (pastillas|pildoras|"
            r"medicamentos|calmantes)\b|\b(compre|comprado|tengo|consegui) (una|la) "
            r"(soga|cuerda)\b|\b(tirarme|aventarme|arrojarme|lanzarme)\b(?! (en|a la|al) "
            r"(sofa|cama|piscina|playa|suelo|agua))|\b(carta|nota) de despedida\b"
            r"|\b(voy a|quiero|pienso|podria|me voy a) (tomar(me)?|tragar(me)?) todas las\b"
            r"|\b(regalando|regale|regalado|he dado) (todas )?mis (cosas|pertenencias)\b"
            r"|\bse (exactamente )?como (lo )?(haria|voy a hacer|hacerlo)\b"
            r"|\btengo un plan para (matarme|suicidarme|acabar)\b"
            r"|\b(mirar|mirando|miro) (las|mis|todas las) (pastillas|pildoras|cuchillas)\b"
            r"|\b(pastillas|pildoras) (\w+ )?(contadas|alineadas|en fila)\b"
            r"|\b(mi plan es|pienso|planeo) ir (al|a la|a las) (puente|vias|azotea|acantilado)\b"
            r"(?! de \w+)"
            r"|\b(formas|maneras|forma|manera|metodos) de (morir|suicidarme|matarme)\b"
            r"|\bcomo (suicidarme|matarme|morir sin dolor)\b"
            r"|\b(tome|me tome|trague|me trague) (un monton de|muchas|demasiadas|un punado de|"
            r"toda la caja de) (pastillas|pildoras|medicinas|calmantes)\b"
            r"|\b(esta noche|hoy|manana|este fin de semana) lo hago\b"
            r"|\blo voy a hacer (esta noche|hoy|manana|este fin de semana)\b"
        ),
        "goodbye": (
            r"\b(este|es) (es )?mi ultimo (mensaje|post)\b(?! (antes|hasta|del|de hoy|por hoy|"
            r"de la semana|de este|en|aqui))|\badios (para siempre|mundo)\b"
            r"|\bcuando (lean|leas|vean) esto\b|\bya no estare (aqui|aca|mas)\b"
            r"|\bno (volveran|volveras) a saber de mi\b"
            r"|\bno sabran mas de mi\b|\bno me (busquen|busqueis|busques)\b"
            r"|\bya no voy a estar (mucho tiempo|aqui|aca|por mucho)\b"
            r"|\bdiganle a mis (hijos|hijas|padres|papas|familia|nietos) que (los |las |la |"
            r"lo )?(quise|quiero|amo|ame)\b|\besta es mi despedida\b"
        ),
    },
    subject={
        "intent": (
            r"\b(quiero|quisiera|deseo|necesito|prefiero) morir(me)?\b|\bme quiero morir\b"
            r"|\b(ganas|deseos) de morir(me)?\b"
            r"|\b(quiero|quisiera|voy a|necesito|deseo|pienso|decidi|he decidido|ganas de) "
            r"(\w+ )?(acabar|terminar) con todo\b(?! (el|lo|esto|eso|la|los|las|de))"
            r"|\bno quiero (seguir )?(viviendo|vivir|estar vivo|estar viva|existir|"
            r"despertar(me)?)\b"
            r"|\b(cansado|cansada|harto|harta) de (vivir|la vida|estar vivo|estar viva|existir)\b"
            r"|\b(no|nunca) (volver a )?despertar(me)?\b"
            r"|\b(no tengo|sin) (ninguna |una |ni una )?razon(es)? para (seguir )?"
            r"(vivir|viviendo)\b"
            r"|\bninguna razon para (seguir )?(vivir|viviendo)\b|\bdejar de existir\b"
            r"|\bdesaparec\w* para siempre\b|\b(quiero|ganas de) (desaparecer|no existir)\b"
            r"|\bno quiero (seguir )?(estar aqui|estar aca)\b"
            r"|\b(la vida )?(ya )?no vale la pena( vivir| seguir)?\b"
            r"|\bquiero que (todo|esto|todo esto) (se )?(termine|acabe|pare)\b"
            r"|\bprefiero estar (muerto|muerta) (que|a) "
            r"(seguir|vivir|continuar)\b"
        ),
    },
    soft_goodbye=(
        r"\badios (a todos|a todas|amigos|chicos|chicas)\b|\bme despido (de todos|de todas|de "
        r"ustedes|de vosotros)\b|\b(perdon|perdonenme|perdonadme) por todo\b"
    ),
    not_goodbye=(
        r"\b(nos vemos|hasta (manana|luego|pronto|el|la)|lunes|martes|miercoles|jueves|viernes|"
        r"sabado|domingo|la semana|reunion|vacaciones|vuelvo|volvere)\b"
    ),
    someone_else=(
        r"\b(quiere|queria|quiso) (morir(se)?|matarse|suicidarse|quitarse la vida)\b"
        r"|\bse (va|iba) a (matar|suicidar|quitar la vida)\b|\bva a (matarse|suicidarse)\b"
        r"|\bamenaza\w* con (matarse|suicidarse|quitarse la vida)\b"
        r"|\bhabla de (suicidarse|matarse|suicidio|morirse)\b|\bse quiere (morir|matar)\b"
        r"|\b(se corta|se hace dano|se autolesiona)\b|\bes suicida\b"
    ),
    idioms=(
        r"\bmor\w* (de|por) (risa|hambre|sueno|ganas|verguenza|frio|calor|aburrimiento|pena|"
        r"miedo|envidia|amor|cansancio|sed|celos|la risa|la verguenza)\b"
        r"|\bmuert[oa]s? de (risa|hambre|sueno|ganas|verguenza|frio|calor|aburrimiento|"
        r"cansancio|miedo|sed)\b|\bme muero por\b|\bmat\w* (el )?tiempo\b|\bmataria por\b"
        r"|\bcuerdas? (\w+ )?(para|de) (escalar|escalada|saltar|tender|la ropa|guitarra)\b"
    ),
    negations=frozenset({"no", "nunca", "jamas", "ni", "tampoco"}),
    scope_breaks=r",|:|\b(y|e|o|u|porque|pues|entonces|si|que|cuando)\b",
    ongoing=r"\bdesde hace\b",
    past=(
        r"\bhace (\w+ ){0,2}(anos|meses|tiempo|mucho)\b|\ben aquella epoca\b"
        r"|\ben ese entonces\b|\bpor aquel entonces\b|\bcuando (tenia|era) \b|\bel ano pasado\b"
        r"|\bsobrevivi\b|\bsuperviviente\b|\ben (19|20)\d\d\b|\bde (joven|adolescente|nino|"
        r"nina)\b|\bantes (,|pensaba|creia|sentia|queria|tenia)"
    ),
    reporting=(
        r"\b(dijo|dice|dicen|decia|escribio|escribe|publico|publica|conto|cuenta|amenaza|"
        r"amenazo|mando|grito|confeso|admitio)\b"
    ),
    writer="yo",
    first_person=frozenset({"yo", "me"}),
    # "el" and "tu" are left out: without their accents they are also "the" and "your".
    other_person=frozenset({"ella", "ellos", "ellas", "usted", "ustedes", "alguien", "quien"}),
    hypothetical=r"\b(si|en caso de|cuando)\b",
)

FR = Lexicon(
    evident={
        "intent": (
            r"\bme suicider(ai|ais|a)?\b|\bmettre fin a (mes jours|ma vie)\b"
            r"|\b(je|ne) (veux|voudrais) (plus|pas) (vivre|etre (en vie|la|vivant|vivante))\b"
            r"|\b(ne ai|je ai|ai) (plus|pas|plus du tout) envie de vivre\b"
            r"|\b(fatigue|fatiguee|marre|epuise|epuisee|lasse|las) de (vivre|la vie|exister)\b"
            r"|\bserai(en)?t? mieux sans moi\b|\bne (jamais|plus|pas) me reveiller\b"
            r"|\b(ai|avoir|ai encore|ai toujours) (des |de |encore des )?(idees|pensees) "
            r"suicidaires\b|\b(suis|me sens) suicidaire\b"
            r"|\b(ne ai (plus|pas|jamais) (de |aucune )?|plus aucune |aucune |sans )raisons? "
            r"de vivre\b|\bne me vois pas (encore )?(la|vivante?|en vie)\b"
            r"|\b(vais|veux|voudrais|aimerais|pense a|penser a|pensais a|envie de|besoin de|"
            r"decide de|essaie de|essayer de|pourrais|je) (\w+ )?me tuer\b"
            r"|\bne (veux|voudrais) (pas|plus|jamais) me reveiller\b"
            r"|\bla vie ne vaut (plus|pas) la peine\b|\bne vaut (plus|pas) la peine de (vivre|"
            r"etre vecue)\b|\bsi je (ne etais (plus|pas) la|mourais|disparaissais|etais morte?)\b"
            r"|\bpersonne ne me regretterait\b|\bce est la fin pour moi\b"
            r"|\bserais mieux (mort|morte)\b|\btiendrai (pas )?(une nuit|un jour|une semaine) de "
            r"plus\b|\bne serai pas la pour (noel|mon anniversaire|le nouvel an)\b"
            r"|\bje en (finis|finirai)\b|\bje me en vais pour (de bon|toujours)\b"
            r"|\bsi je etais (pas|plus) la\b|\bne plus (exister|etre la|vivre)\b"
            r"|\bje suis (sur|au bord de) (le toit|la corniche|le rebord|les rails|le parapet)\b"
            r"(?! (de|du|des|pour|avec|a))"
        ),
        "self-harm": (
            r"\bme (faire|fais|ferai|ferais|suis fait|suis faite) (\w+ )?(du|de) mal\b"
            r"|\bme (scarifier|scarifie|mutiler|mutile)\b|\bme suis (encore )?(scarifie|"
            r"scarifiee|mutile|mutilee|coupe|coupee)\b(?! (le|la|les|en|avec))"
            r"|\bme couper\b(?! (les|le|la|un|une|des))"
        ),
        "method": (
            r"\b(mets|mis|mettre|garde|stocke|stocker|accumule|accumuler|amasse|garder|cache) "
            r"(de cote )?(des |mes )?(medicaments|cachets|pilules|comprimes)( de cote)?\b"
            r"|\b(ai|avoir) (assez|suffisamment) de (cachets|medicaments|pilules|comprimes)\b"
            r"|\b(achete|acheter|ai) une corde\b|\b(penser|pense|pensais) a sauter\b"
            r"|\bme jeter (sous|de|du|par|dans)\b|\bsauter (du|de le|de un|de une) (pont|toit|"
            r"balcon|immeuble|falaise)\b|\blettre de adieu\b"
            r"|\b(vais|veux|pourrais|aller) (avaler|prendre) (tous|toutes) (les|mes)\b"
            r"|\b(donne|donner|donnes) (toutes )?mes affaires\b"
            r"|\bsais (exactement )?comment je (le )?(ferais|vais le faire|ferai)\b"
            r"|\bai un plan pour (me tuer|me suicider|en finir)\b"
            r"|\b(regarder|regarde) (les|mes|tous les|toutes les) (cachets|medicaments|pilules|"
            r"comprimes|lames)\b|\baligne (les|mes|tous les|toutes les) (cachets|medicaments|"
            r"pilules|comprimes)\b|\bmon plan (, )?(ce est )?(de )?aller (au|sur le|a la|sur la) "
            r"(pont|toit|falaise|voie ferree)\b"
            r"|\b(facons|moyens|manieres|methodes) de (mourir|me suicider|me tuer)\b"
            r"|\bcomment (me suicider|me tuer|mourir sans)\b"
            r"|\b(pris|avale) (plein de|beaucoup de|trop de|une boite de|toute la boite de) "
            r"(cachets|medicaments|pilules|comprimes)\b"
            r"|\b(vais|veux|pourrais) sauter(?= *$| (du|de le|de la|par|dans le vide|sous|ce soir"
            r"|demain|maintenant))|\b(ce soir|aujourd.hui|demain|ce week end) je le fais\b"
            r"|\bje (vais le faire|le fais) (ce soir|demain|ce week end)\b"
        ),
        "goodbye": (
            r"\bce est mon dernier message\b(?! (avant|pour|de le|de la|de ce|de cette|dans|sur|"
            r"ici))"
            r"|\bquand vous (lirez|verrez) (ce message|ceci|ces lignes|ce post)\b"
            r"|\bje ne serai plus (la|en vie|parmi vous)\b|\bne me cherchez pas\b"
            r"|\bvous ne (entendrez plus parler de moi|me reverrez (plus|jamais))\b"
            r"|\bdites a mes (enfants|parents|filles|fils|proches) que je (les |le |la |vous )?"
            r"(aimais|aime)\b|\badieu (le monde|pour toujours)\b"
        ),
    },
    subject={
        "intent": (
            r"\b(veux|voudrais|aimerais|vais|envie de|besoin de|pense a|decide de) (\w+ )?"
            r"(mourir|en finir|crever)\b(?! avec (?!la vie|tout|ma vie|moi|ca|cette vie))"
            r"|\bdisparai?\w* pour (toujours|de bon)\b"
            r"|\b(veux|voudrais|aimerais|envie de) disparaitre\b"
            r"|\bveux (\w+ )?que (tout|ca|tout ca) (se arrete|se termine|finisse|cesse)\b"
            r"|\b(prefere|preferais|prefererais) (etre mort|etre morte|mourir) (que|plutot que) "
            r"(de )?(continuer|vivre|rester)\b"
        ),
    },
    soft_goodbye=(
        r"\badieu (a tous|a toutes|tout le monde|les amis)\b|\bvous dis adieu\b|^ adieu $"
        r"|\b(pardon|pardonnez moi) pour tout\b"
    ),
    not_goodbye=(
        r"\b(a demain|a bientot|a plus|a lundi|a mardi|a mercredi|a jeudi|a vendredi|a samedi|"
        r"a dimanche|on se voit|la semaine prochaine|vacances|reunion|je reviens)\b"
    ),
    someone_else=(
        r"\b(veut|voulait|voudrait) (mourir|en finir|se tuer|se suicider)\b"
        r"|\bva se (tuer|suicider)\b|\bmenace\w* de se (tuer|suicider)\b"
        r"|\bparle de (suicide|se tuer|mourir|en finir)\b|\bse (scarifie|mutile|fait du mal)\b"
        r"|\best suicidaire\b"
    ),
    idioms=(
        r"\b(mourir|meurs|meurt|mort|morte|morts|mortes) de (rire|faim|soif|froid|chaud|honte|"
        r"fatigue|sommeil|envie|peur|ennui|impatience|trouille)\b|\bmeurs de envie\b"
        r"|\bcrev\w* de (faim|soif|froid|chaud|rire|fatigue|envie)\b"
        r"|\btu\w* le temps\b|\btuerais pour\b"
        r"|\bcordes? (\w+ )?(de|a|pour) (escalade|escalader|sauter|linge|guitare)\b"
    ),
    # "plus" alone is "more" as often as "no more"; with "ne" the "ne" is enough.
    negations=frozenset({"ne", "pas", "jamais"}),
    scope_breaks=r",|:|\b(et|ou|parce|car|donc|alors|si|que|quand)\b",
    ongoing=r"\bdepuis\b",
    past=(
        r"\bil y a (\w+ ){0,2}(ans|mois|longtemps|semaines)\b|\ba (le|cette) epoque\b"
        r"|\bquand je (avais|etais)\b|\ble annee derniere\b|\ble an dernier\b"
        r"|\bje ai survecu\b|\bsurvivante?\b|\ben (19|20)\d\d\b|\bavant ,|\bautrefois\b"
        r"|\bplus jeune\b"
    ),
    reporting=(
        r"\b(dit|dis|disait|ecrit|publie|menace|raconte|avoue|crie|envoye)\b"
    ),
    writer="je",
    first_person=frozenset({"je", "me", "moi"}),
    other_person=frozenset({"il", "elle", "ils", "elles", "tu", "vous", "nous", "on", "qui",
                            "quelqu"}),
    hypothetical=r"\b(si|au cas ou|quand)\b",
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "es": ES, "fr": FR}


@dataclass(frozen=True)
class _Branch:
    """One alternative of a phrase list, with what kind of phrase it is."""

    category: str
    pattern: re.Pattern[str]
    needs_subject: bool = False
    soft: bool = False


@dataclass
class _Index:
    """Branches by a word they cannot match without, so that a clause runs only the few
    branches whose word it contains; `always` holds those with no such word."""

    by_word: dict[str, list[_Branch]] = field(default_factory=dict)
    always: list[_Branch] = field(default_factory=list)

    def add(self, branch: _Branch, source: str) -> None:
        words = _required_words(source)
        if not words:
            self.always.append(branch)
        for word in words:
            self.by_word.setdefault(word, []).append(branch)

    def keys(self) -> frozenset[str]:
        return frozenset(self.by_word)

    def candidates(self, words: set[str]) -> list[_Branch]:
        found = dict.fromkeys(self.always)
        for word in words.intersection(self.by_word):
            found.update(dict.fromkeys(self.by_word[word]))
        return list(found)


def _top_level(pattern: str, separator: str = "|") -> list[str]:
    """`pattern` cut at `separator` where it stands outside any group."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        depth += char == "("
        depth -= char == ")"
        if char == separator and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


_WORD = re.compile(r"[a-z']+")


def _required_words(branch: str) -> frozenset[str]:
    """Words one of which any text `branch` matches must contain (empty when unknown): a
    plain word outside groups, or the first words of a compulsory group's alternatives;
    of those, the choice with the longest (so rarest) words."""
    skeleton, groups, depth, index, group_start = [], [], 0, 0, 0
    while index < len(branch):
        char = branch[index]
        if char == "\\":
            if depth == 0:
                skeleton.append(" " if branch[index + 1] == "b" else "#")
            index += 2
            continue
        if char == "(":
            if depth == 0:
                group_start = index
            depth += 1
        skeleton.append(char if depth == 0 else "#")
        if char == ")":
            depth -= 1
            if depth == 0:
                groups.append((branch[group_start + 1:index], branch[index + 1:index + 2]))
        index += 1
    choices = [
        frozenset({word}) for word in "".join(skeleton).split() if _WORD.fullmatch(word)
    ]
    for body, after in groups:
        if body.startswith("?") or after in ("?", "*", "{"):
            continue
        firsts = [alternative.split(" ")[0] for alternative in _top_level(body)]
        if all(_WORD.fullmatch(first) for first in firsts):
            choices.append(frozenset(firsts))
    return max(choices, key=lambda words: min(map(len, words)), default=frozenset())


@dataclass
class _Compiled:
    language: str
    phrases: _Index
    someone_else: _Index
    keys: frozenset[str]
    not_goodbye: re.Pattern[str]
    idioms: re.Pattern[str]
    negations: frozenset[str]
    scope_breaks: re.Pattern[str]
    ongoing: re.Pattern[str]
    past: re.Pattern[str]
    reporting: re.Pattern[str]
    writer: str
    first_person: frozenset[str]
    other_person: frozenset[str]
    hypothetical: re.Pattern[str]


def _compile(language: str, lexicon: Lexicon) -> _Compiled:
    phrases, someone_else = _Index(), _Index()
    for group, needs_subject in ((lexicon.evident, False), (lexicon.subject, True)):
        for category, alternation in group.items():
            for source in _top_level(alternation):
                phrases.add(_Branch(category, re.compile(source), needs_subject), source)
    for source in _top_level(lexicon.soft_goodbye):
        phrases.add(_Branch("goodbye", re.compile(source), soft=True), source)
    for source in _top_level(lexicon.someone_else):
        someone_else.add(_Branch("someone-else", re.compile(source)), source)
    return _Compiled(
        language=language,
        phrases=phrases,
        someone_else=someone_else,
        keys=phrases.keys() | someone_else.keys(),
        not_goodbye=re.compile(lexicon.not_goodbye),
        idioms=re.compile(lexicon.idioms),
        negations=lexicon.negations,
        scope_breaks=re.compile(lexicon.scope_breaks),
        ongoing=re.compile(lexicon.ongoing),
        past=re.compile(lexicon.past),
        reporting=re.compile(lexicon.reporting),
        writer=lexicon.writer,
        first_person=lexicon.first_person,
        other_person=lexicon.other_person,
        hypothetical=re.compile(lexicon.hypothetical),
    )


_COMPILED = [_compile(language, lexicon) for language, lexicon in LEXICONS.items()]

# --- the checks ----------------------------------------------------------------------------

_NEGATION_WINDOW = 5


def _negated(rules: _Compiled, before: str) -> bool:
    """A negation among the last few words before the phrase, in the same stretch of clause."""
    scope = rules.scope_breaks.split(before)[-1] or ""
    return any(word in rules.negations for word in scope.split()[-_NEGATION_WINDOW:])


def _quoted(before: str) -> bool:
    return before.count('"') % 2 == 1


def _reported(rules: _Compiled, before: str) -> bool:
    """Someone else's words: "she wrote that she…", not "I wrote…", with the writer not
    speaking in between."""
    verbs = list(rules.reporting.finditer(before))
    if not verbs:
        return False
    reporter = _nearest_person(rules, before[: verbs[-1].start()])
    return reporter != rules.writer and rules.writer not in before[verbs[-1].end():].split()


def _nearest_person(rules: _Compiled, text: str) -> str | None:
    """The last pronoun in `text` that names a person, if any."""
    for word in reversed(text.split()):
        if word in rules.first_person or word in rules.other_person:
            return word
    return None


def _about_other(rules: _Compiled, before: str) -> bool:
    """The nearest subject before the phrase is someone other than the writer."""
    return _nearest_person(rules, before) in rules.other_person


def _assess_clause(
    rules: _Compiled, clause: str, words: set[str], sentence: str, question: bool
) -> tuple[list[str], bool]:
    """The reasons this clause speaks of the writer's own risk, and whether it speaks of
    someone else's."""
    branches = rules.phrases.candidates(words)
    if any(branch.pattern.search(clause) for branch in branches):
        clause = rules.idioms.sub(" ", clause)
    else:
        branches = []
    reasons: list[str] = []
    someone_else = False
    recovery: bool | None = None
    for branch in branches:
        for match in branch.pattern.finditer(clause):
            before = clause[: match.start()]
            if _negated(rules, before):
                continue
            if _quoted(before) or _reported(rules, before):
                someone_else = True
                continue
            if branch.needs_subject and _about_other(rules, before):
                someone_else = True
                continue
            if recovery is None:
                recovery = rules.past.search(rules.ongoing.sub(" ", clause)) is not None
            if recovery:
                continue
            if question and rules.hypothetical.search(before):
                continue
            if branch.soft and rules.not_goodbye.search(sentence):
                continue
            reasons.append(f"{rules.language}:{branch.category}")
    if not reasons:
        for branch in rules.someone_else.candidates(words):
            for match in branch.pattern.finditer(clause):
                if not _negated(rules, clause[: match.start()]):
                    someone_else = True
    return reasons, someone_else


def assess(text: str) -> Assessment:
    """Whether `text` reads as its writer being at risk now (see the module's notes)."""
    reasons: list[str] = []
    someone_else = False
    for sentence in _SENTENCE.findall(normalise(text)):
        question = "?" in sentence
        for clause in _CLAUSE_BREAK.split(sentence):
            clause = clause.strip(_TRIM)
            if not clause:
                continue
            clause = f" {clause} "
            words = set(clause.split())
            for rules in _COMPILED:
                if words.isdisjoint(rules.keys) and not rules.phrases.always:
                    continue
                found, other = _assess_clause(rules, clause, words, sentence, question)
                reasons.extend(reason for reason in found if reason not in reasons)
                someone_else = someone_else or other
    return Assessment(
        flagged=bool(reasons), reasons=reasons, about_someone_else=someone_else and not reasons
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
        "sets": {name: _scores(rows) for name, rows in sorted(groups["set"].items())},
        "misclassified": [
            {**row, "flagged": flagged} for row, flagged in results if row["label"] != flagged
        ],
    }
