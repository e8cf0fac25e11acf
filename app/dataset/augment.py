"""Text augmentation: slot filling, paraphrasing and domain transfer.

Every function here is pure and deterministic given its ``random.Random``; nothing returns
text that still contains a ``{slot}``. Complexity variation uses the hand-written variant of
each base task (see ``seeds/_types.py``), so its text is really rewritten.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Mapping

from app.dataset.vocab import DOMAIN_VOCAB, SLOTS
from app.labels import Domain

_FORMATTER = string.Formatter()


class PlaceholderError(ValueError):
    """A text uses a slot the vocabulary does not define."""


def slots_in(text: str) -> tuple[str, ...]:
    """Slot names used in ``text`` in order of first appearance."""
    names: list[str] = []
    for _, name, _, _ in _FORMATTER.parse(text):
        if name is not None and name not in names:
            if name not in SLOTS:
                raise PlaceholderError(f"unknown slot {{{name}}} in {text!r}")
            names.append(name)
    return tuple(names)


def choose_fill(slots: tuple[str, ...], domain: Domain, rng: random.Random) -> dict[str, str]:
    """Pick one term of ``domain`` for each slot."""
    vocab = DOMAIN_VOCAB[domain]
    return {slot: rng.choice(vocab[slot]) for slot in slots}


def fill(text: str, values: Mapping[str, str]) -> str:
    """Substitute slots; raises if any slot would stay unfilled."""
    out = text.format_map(_Strict(values))
    if "{" in out or "}" in out:
        raise PlaceholderError(f"unfilled placeholder left in {out!r}")
    return out


class _Strict(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise PlaceholderError(f"no value for slot {{{key}}}")


# ---------------------------------------------------------------------------
# Paraphrasing

#: word or phrase -> alternatives. Matched on word boundaries, case-insensitively; the
#: replacement copies the case pattern of the matched text. Inflected forms are listed
#: explicitly so "implemented" never turns into "createed".
SYNONYMS: dict[str, tuple[str, ...]] = {
    "implement": ("build", "write", "develop"),
    "implementing": ("building", "writing", "developing"),
    "implemented": ("built", "written", "developed"),
    "create": ("build", "set up", "put together"),
    "add": ("introduce", "wire in", "include"),
    "adding": ("introducing", "wiring in"),
    "fix": ("resolve", "repair", "correct"),
    "fixing": ("resolving", "repairing"),
    "investigate": ("look into", "dig into", "examine"),
    "investigating": ("looking into", "digging into"),
    "analyze": ("examine", "study", "break down"),
    "analyse": ("examine", "study", "break down"),
    "review": ("go over", "look over", "assess"),
    "reviewing": ("going over", "looking over"),
    "design": ("plan out", "sketch", "lay out"),
    "designing": ("planning", "sketching"),
    "refactor": ("restructure", "clean up", "rework"),
    "optimize": ("speed up", "tune", "improve the performance of"),
    "optimise": ("speed up", "tune"),
    "improve": ("enhance", "strengthen"),
    "document": ("write up", "describe"),
    "audit": ("inspect", "assess"),
    "evaluate": ("assess", "weigh", "judge"),
    "compare": ("contrast", "weigh up"),
    "identify": ("find", "pinpoint", "spot"),
    "ensure": ("make sure", "guarantee"),
    "update": ("refresh", "revise"),
    "remove": ("drop", "get rid of", "delete"),
    "migrate": ("move", "port"),
    "support": ("handle", "allow for"),
    "check": ("verify", "confirm"),
    "bug": ("defect", "issue"),
    "crash": ("failure", "hard crash"),
    "crashes": ("fails hard", "blows up"),
    "error": ("failure", "fault"),
    "errors": ("failures", "faults"),
    "slow": ("sluggish", "laggy"),
    "quickly": ("fast", "rapidly"),
    "issue": ("problem", "ticket"),
    "problem": ("issue", "trouble"),
    "feature": ("capability", "functionality"),
    "approach": ("strategy", "plan"),
    "options": ("alternatives", "choices"),
    "requirements": ("constraints", "needs"),
    "users": ("customers", "end users"),
    "currently": ("right now", "at the moment", "today"),
    "should": ("must", "needs to"),
    "need": ("want", "require"),
    "we need to": ("we have to", "it is necessary to"),
    "make sure": ("ensure", "verify"),
    "in order to": ("to", "so as to"),
    "so that": ("so", "such that"),
    "because": ("since", "as"),
    "also": ("additionally", "as well,"),
    "large": ("big", "sizeable"),
    "small": ("minor", "tiny"),
    "various": ("several", "assorted"),
    "multiple": ("several", "many"),
    "proper": ("correct", "appropriate"),
    "existing": ("current", "present"),
}

_PHRASES: dict[str, tuple[str, ...]] = {k: tuple(k.split()) for k in SYNONYMS if " " in k}
_MAX_PHRASE = max(len(v) for v in _PHRASES.values())
_PHRASE_STARTS = frozenset(v[0] for v in _PHRASES.values())
_PUNCT = "\"'([{<>}]).,;:!?"


def match_case(template: str, word: str) -> str:
    """Return ``word`` in the case pattern of ``template``."""
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


#: words that are also nouns ("a fix", "the review"): replaced only in verb position.
VERB_ONLY: frozenset[str] = frozenset(
    {
        "fix",
        "add",
        "update",
        "review",
        "design",
        "check",
        "support",
        "document",
        "audit",
        "create",
        "remove",
        "migrate",
        "compare",
        "refactor",
        "need",
    }
)
_VERB_LEADERS = frozenset({"to", "and", "then", "please", "or", "we", "you", "i"})


def _verb_position(tokens: list[str], i: int) -> bool:
    """Start of text or sentence, or after "to", "and", "please", "we", ..."""
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev[-1:] in ":.;!?" or prev.lower() in _VERB_LEADERS


def _split_punct(token: str) -> tuple[str, str, str]:
    core = token.strip(_PUNCT)
    if not core:
        return token, "", ""
    lead = len(token) - len(token.lstrip(_PUNCT))
    return token[:lead], core, token[lead + len(core) :]


def replace_synonyms(text: str, rng: random.Random, rate: float = 0.6) -> str:
    """Replace some known words/phrases by synonyms, whole words only, case preserved.

    Works on whitespace tokens (punctuation kept around the word), so "implementation" is never
    touched by the rule for "implement"; phrases ("we need to") match across tokens.
    """
    tokens = text.split(" ")
    keys = [t.strip(_PUNCT).lower() for t in tokens]
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        key, span = keys[i], 1
        if key in _PHRASE_STARTS:
            for size in range(min(_MAX_PHRASE, n - i), 1, -1):  # longest phrase first
                phrase = " ".join(keys[i : i + size])
                if phrase in _PHRASES:
                    key, span = phrase, size
                    break
        if key in SYNONYMS and (key not in VERB_ONLY or _verb_position(tokens, i)) and rng.random() <= rate:
            lead, core, trail = _split_punct(tokens[i])
            if span > 1:
                core = " ".join([core, *(t.strip(_PUNCT) for t in tokens[i + 1 : i + span])])
                trail = _split_punct(tokens[i + span - 1])[2]
            out.append(lead + match_case(core, rng.choice(SYNONYMS[key])) + trail)
        else:
            out.extend(tokens[i : i + span])
        i += span
    return " ".join(out)


#: ways of restating a request. ``{t}`` is the request with its first letter lower-cased
#: (proper nouns and acronyms are left alone), ``{T}`` is it unchanged.
_WRAPPERS: tuple[str, ...] = (
    "Please {t}",
    "Can you {t}?",
    "Could someone {t}?",
    "We need to {t}",
    "I'd like you to {t}",
    "Task: {T}",
    "TODO: {t}",
    "Request: {T}",
    "Help needed: {t}",
    "{T} (please prioritise)",
)

_PREFIX = re.compile(r"^\s*(\[[^\]]{1,24}\]|[A-Za-z]+(\([\w.-]{1,24}\))?:)\s+")


#: first words that may be lower-cased when a request is wrapped ("Please fix ...");
#: anything else (product names such as "Kotlin", acronyms) keeps its case.
_COMMON_FIRST_WORDS: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "the",
        "our",
        "my",
        "this",
        "that",
        "these",
        "we",
        "i",
        "it",
        "is",
        "are",
        "does",
        "do",
        "did",
        "can",
        "could",
        "should",
        "would",
        "will",
        "why",
        "how",
        "what",
        "when",
        "where",
        "which",
        "who",
        "add",
        "fix",
        "implement",
        "create",
        "write",
        "build",
        "review",
        "design",
        "investigate",
        "update",
        "remove",
        "refactor",
        "compare",
        "document",
        "analyze",
        "analyse",
        "audit",
        "check",
        "make",
        "move",
        "migrate",
        "plan",
        "set",
        "run",
        "benchmark",
        "evaluate",
        "assess",
        "look",
        "find",
        "identify",
        "explain",
        "summarise",
        "summarize",
        "catalog",
        "catalogue",
        "draft",
        "propose",
        "define",
        "ensure",
        "improve",
        "optimize",
        "optimise",
        "reduce",
        "split",
        "replace",
        "support",
        "upgrade",
        "bump",
        "rename",
        "clean",
        "delete",
        "enable",
        "disable",
        "list",
        "map",
        "measure",
        "profile",
        "research",
        "survey",
        "test",
        "verify",
        "validate",
        "harden",
        "rotate",
        "scan",
        "trace",
        "track",
        "triage",
        "debug",
        "introduce",
        "wire",
        "resolve",
        "repair",
        "correct",
        "examine",
        "study",
        "go",
        "plan",
        "sketch",
        "lay",
        "restructure",
        "rework",
        "speed",
        "tune",
        "enhance",
        "describe",
        "inspect",
        "weigh",
        "judge",
        "contrast",
        "pinpoint",
        "spot",
        "guarantee",
        "refresh",
        "revise",
        "drop",
        "get",
        "port",
        "handle",
        "allow",
        "confirm",
        "investigating",
        "reviewing",
        "help",
        "need",
        "please",
        "prepare",
        "port",
        "tighten",
        "lock",
        "stop",
        "prevent",
        "detect",
        "deploy",
        "configure",
        "convert",
        "extract",
        "expose",
        "limit",
        "cache",
        "throttle",
        "store",
        "sync",
        "load",
        "parse",
        "render",
        "retry",
        "batch",
        "stream",
    ]
)


def _lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first.lower() not in _COMMON_FIRST_WORDS or (len(first) > 1 and first[1:].lower() != first[1:]):
        return text
    return first.lower() + (" " + rest if rest else "")


def restructure(text: str, rng: random.Random) -> str:
    """Restate a title/request in another register (prefix swap, question form, wrapper)."""
    stripped = text.strip()
    m = _PREFIX.match(stripped)
    if m:  # "feat: add x" -> "Add x"; "[Bug] x" -> "x"
        rest = stripped[m.end() :]
        return rest[:1].upper() + rest[1:] if rest else stripped
    if stripped.endswith("?"):
        body = stripped[:-1].rstrip()
        return rng.choice(("Question: {t}?", "Quick question: {t}?", "{T}? Asking for the team")).format(
            t=_lower_first(body), T=body
        )
    body = stripped.rstrip(".!")
    wrapper = rng.choice(_WRAPPERS)
    return wrapper.format(t=_lower_first(body), T=body)


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def reorder_sentences(text: str, rng: random.Random) -> str:
    """Swap the order of a multi-sentence context (keeps every sentence)."""
    parts = _SENTENCE_SPLIT.split(text.strip())
    if len(parts) < 2:
        return text
    first, rest = parts[0], parts[1:]
    rng.shuffle(rest)
    return " ".join([*rest, first])


def paraphrase(input_text: str, context: str, rng: random.Random) -> tuple[str, str]:
    """Paraphrase a task; the result always differs from the source.

    Synonym replacement runs on both fields; the input is additionally restructured about
    half the time and the context's sentences may be reordered.
    """
    new_input = replace_synonyms(input_text, rng)
    if new_input == input_text or rng.random() < 0.5:
        new_input = restructure(new_input, rng)
    new_context = replace_synonyms(context, rng)
    if new_context == context and rng.random() < 0.5:
        new_context = reorder_sentences(context, rng)
    if new_input == input_text:  # e.g. a bare prefix with nothing after it
        new_input = f"Please {_lower_first(input_text)}"
    return new_input, new_context


def transfer_targets(source: Domain) -> tuple[Domain, ...]:
    """Domains a slotted task can be carried into (every other domain)."""
    return tuple(d for d in Domain if d is not source)


# ---------------------------------------------------------------------------
# Context decoration (only for datasets larger than the hand-written set)

_TEAMS = ("platform", "mobile", "payments", "data", "infra", "support", "growth", "search", "billing", "identity")
_ENVS = ("staging", "production", "CI", "local development", "the nightly build", "the EU region", "the US region")
_PROJECTS = ("OPS", "CORE", "WEB", "API", "DATA", "SEC", "MOB", "INFRA")
_LABELS = ("triage", "needs-info", "good-first-issue", "help-wanted", "backlog", "p1", "p2", "customer", "regression")


def _decoration(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"Seen since v{rng.randint(1, 9)}.{rng.randint(0, 30)}."
    if kind == 1:
        return f"Reported by the {rng.choice(_TEAMS)} team."
    if kind == 2:
        return f"Target: the {rng.randint(1, 9)}.{rng.randint(0, 30)} release."
    if kind == 3:
        return f"Environment: {rng.choice(_ENVS)}."
    if kind == 4:
        return f"Ticket {rng.choice(_PROJECTS)}-{rng.randint(100, 9999)}."
    first, second = rng.sample(_LABELS, 2)
    return f"Labels: {first}, {second}."


def decorate_context(context: str, rng: random.Random) -> str:
    """Append one or two tracker-style notes (version, team, environment, ticket, labels).

    Used only for records beyond the hand-written set (``examples_per_category`` larger than
    the number of seeds), where it keeps large datasets free of duplicate (input, context)
    pairs; it never changes what the task asks for.
    """
    notes = [_decoration(rng) for _ in range(rng.randint(1, 2))]
    base = context.rstrip()
    if base and base[-1] not in ".!?":
        base += "."
    return " ".join([base, *notes]) if base else " ".join(notes)
