"""Who a person is across reports: one spelling-variant key per name, and when two keys are the
same person. Extraction, storage and alerting all use it; it uses none of them."""

from __future__ import annotations

import functools
import re
import unicodedata

from newswatch.schemas.models import Participant

# Courtesy titles: whatever follows one is a person's name ("Mr Blair", "Dame Judi").
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"}
# Courtesy words that are no part of a name: the titles, and styles ("Sheikh Tamim", "His Excellency").
HONORIFICS = COURTESY_TITLES | {
    "sheikh", "sheikha", "princess", "his", "her", "excellency", "highness", "majesty", "hon", "honourable",
    "honorable",
}


@functools.lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """A spelling-variant key: ASCII, lowercase, honorifics dropped, each word reduced to its first
    letter plus its consonant skeleton (vowels and doubled letters dropped, g/k, q/k, kh/h, ph/f,
    zh/j, w/v, z/s merged) after dropping a word-initial "y" before a vowel, so "Yevkurov" and
    "Evkurov" → "evkrv", "Yunus-Bek" and "Yunus-Bege" → "uns-bk", "Mohammed"/"Muhammad" → "mhmd".
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)*", text) if w not in HONORIFICS]
    return " ".join("-".join(_skeleton(part) for part in w.split("-")) for w in words)


def _skeleton(word: str) -> str:
    word = re.sub(r"^y(?=[aeiou])", "", word)
    for a, b in (("kh", "h"), ("ph", "f"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("ck", "k"),
                 ("q", "k"), ("g", "k"), ("w", "v"), ("z", "s"), ("x", "ks")):
        word = word.replace(a, b)
    head, rest = word[:1], re.sub(r"[aeiouy]", "", word[1:])
    return head + re.sub(r"(.)\1+", r"\1", rest)


def participant_key(participant: Participant | dict) -> str:
    p = participant if isinstance(participant, dict) else participant.to_json()
    return p.get("normalized") or normalize(p["name"])


def same_person(a: str, b: str) -> bool:
    """Equal normalised names, or one is the other's surname with nothing contradicting it."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    shorter, longer = sorted((ta, tb), key=len)
    # "putin" ~ "vladimir putin"; "v putin" ~ "vladimir putin"; "ana lima" !~ "bo lima".
    return all(any(word == other or (len(word) == 1 and other.startswith(word)) for other in longer[:-1])
               for word in shorter[:-1])


def takes_part(name: str, participants: list[dict]) -> bool:
    """Whether a person named as a user wrote it ("Netanyahu") is among ``participants``."""
    wanted = normalize(name)
    return any(same_person(wanted, participant_key(p)) for p in participants)
