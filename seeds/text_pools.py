"""Faker output made once per run: names, ritual descriptions and story bodies per target length.

Calling Faker per row is what makes naive seeders slow (a 400-word story is hundreds of Faker calls).
Here a few hundred sentences are drawn once and combined into a few dozen bodies per length; each session
then picks a body and puts its own opening sentence (character, theme) in front of it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker

from seeds import vocabulary as words

SENTENCES = 400
BODIES_PER_LENGTH = 48
SENTENCES_PER_PARAGRAPH = 5
NAMES = 400


@dataclass(frozen=True)
class TextPools:
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    ritual_descriptions: tuple[str, ...]
    # Story bodies keyed by target length (words), each about that long.
    story_bodies: dict[int, tuple[str, ...]]


def build_text_pools(seed: int) -> TextPools:
    """Everything Faker contributes to a run, from a Faker seeded with the run's seed."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    sentences = [_story_sentence(fake, rng) for _ in range(SENTENCES)]
    bodies = {length: tuple(_story_body(rng, sentences, length) for _ in range(BODIES_PER_LENGTH))
              for length in sorted(set(words.TARGET_LENGTHS))}
    return TextPools(
        first_names=tuple(_ascii_name(fake.first_name()) for _ in range(NAMES)),
        last_names=tuple(_ascii_name(fake.last_name()) for _ in range(NAMES)),
        ritual_descriptions=tuple(fake.sentence(nb_words=10, ext_word_list=words.STORY_WORDS)
                                  for _ in range(50)),
        story_bodies=bodies,
    )


def _story_sentence(fake: Faker, rng: random.Random) -> str:
    """Half templated story sentences, half Faker sentences made of bedtime words."""
    if rng.random() < 0.5:
        template = rng.choice(words.STORY_SENTENCE_TEMPLATES)
        return template.format(**{slot: rng.choice(options) for slot, options in words.STORY_SENTENCE_WORDS.items()})
    return fake.sentence(nb_words=rng.randint(6, 14), ext_word_list=words.STORY_WORDS)


def _story_body(rng: random.Random, sentences: list[str], length: int) -> str:
    """About `length` words of sentences, in paragraphs (so story_text has newlines, like the real thing)."""
    paragraphs, paragraph, count = [], [], 0
    while count < length:
        sentence = rng.choice(sentences)
        paragraph.append(sentence)
        count += sentence.count(" ") + 1
        if len(paragraph) == SENTENCES_PER_PARAGRAPH:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs)


def _ascii_name(name: str) -> str:
    """Names go into email addresses: keep letters only ("O'Connor" -> "OConnor")."""
    return "".join(letter for letter in name if letter.isascii() and letter.isalpha()) or "Sam"
