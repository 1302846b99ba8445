"""Meeting extraction: spaCy parses an article, the lexicon (``lexicon.toml``) names the meeting
words and their argument frames, and the rules here read who met whom, how, where, when and
whether it happened.

Modules by job: :mod:`.lexicon` (the meeting words as data), :mod:`.triggers` (finding them,
kind, status), :mod:`.people` (names, titles, mentions), :mod:`.roles` (the sides of a frame),
:mod:`.details` (date phrase, place, topics, attribution), :mod:`.dates` (calendar arithmetic),
:mod:`.extractor` (one article, start to end); :mod:`..identity` (names as keys) is shared with storage and alerting.
"""

from newswatch.consumers.extraction.extractor import DEFAULT_EXCLUDE, MeetingExtractor, ModelNotInstalled, load_nlp

__all__ = ["DEFAULT_EXCLUDE", "MeetingExtractor", "ModelNotInstalled", "load_nlp"]
