"""Dream Flow's words: how users feel, what they do before sleep, what they like and find calming, and what
their stories are about.

Profiles are drawn per persona so that each lands in the analytics persona it was meant for. The rules live in
supabase/migrations/20240101000005_create_user_streaks.sql (first match wins, case-insensitive substrings):
  mindful_professional  >= 5 sessions, routine has work/professional/office/screen/computer, mood calm/focused/stressed
  burned_out_parent     routine has kid/child/bedtime/parent/family, or a preference has kid/child/family
  wellness_seeker       > 2 calming elements, or a preference has asmr/meditation/wellness/sensory,
                        or a calming element has asmr/binaural/ambient/sensory
So words meant for one persona must not contain another rule's substrings ("breathwork" would read as "work",
"bedtime" as a parent): tests/test_seed_contents.py checks every seeded profile lands where it was meant to.
"""

from __future__ import annotations

PERSONAS = ("mindful_professional", "burned_out_parent", "wellness_seeker", "unknown")
# Share of each persona among seeded users, roughly the mix the product team expects.
PERSONA_WEIGHTS = (25, 30, 25, 20)

MOODS = {
    "mindful_professional": ("stressed", "calm", "focused but tired", "stressed after a long day", "calm and focused",
                             "wired and stressed"),
    "burned_out_parent": ("exhausted", "frazzled", "tender", "hopeful", "drained", "touched out", "overwhelmed"),
    "wellness_seeker": ("peaceful", "restless", "grounded", "dreamy", "curious", "open", "reflective"),
    "unknown": ("sleepy", "content", "wistful", "cheerful", "quiet", "bored", "nostalgic"),
}
ROUTINES = {
    "mindful_professional": (
        "Laptop closed after the last work call, then a story",
        "A screen-free hour after leaving the office",
        "Computer off at nine, lights low, story on",
        "Write tomorrow's work list, then lights out",
        "Professional wind-down: no email after ten",
        "Stretch at the desk, close every screen, listen",
    ),
    "burned_out_parent": (
        "Bath, pyjamas, then a story with the kids",
        "Family reading time after dinner",
        "Bedtime cuddles, then ten quiet minutes for me",
        "Child asleep first, then a story of my own",
        "A parent's quiet hour once the house is still",
        "Kids' lights out at eight, mine at ten",
    ),
    "wellness_seeker": (
        "Herbal tea and a body scan",
        "Candlelight and slow breathing",
        "Gentle yoga, then lights out",
        "Gratitude journal and a warm shower",
        "Magnesium, stretching and a guided story",
        "Phone in the drawer, incense, deep breaths",
    ),
    "unknown": (
        "Read a few pages of a novel",
        "Tea and a crossword",
        "Brush teeth, lights out",
        "Listen to a story in the dark",
        "Watch the rain from the window",
        "A short walk, then sleep",
    ),
}
PREFERENCES = {
    "mindful_professional": ("mysteries", "sailing", "history", "mountains", "space travel", "slow trains"),
    "burned_out_parent": ("family adventures", "stories for kids", "talking animals", "child-friendly tales",
                          "silly songs", "gentle humour"),
    "wellness_seeker": ("meditation", "ASMR", "wellness retreats", "sensory journeys", "guided meditation"),
    "unknown": ("dragons", "castles", "oceans", "trains", "forests", "old maps"),
}
# Liked by anyone; no persona signal.
NEUTRAL_PREFERENCES = ("nature walks", "yoga nidra", "stargazing", "poetry", "rainy days", "lighthouses")
# Ordinary calming elements (no persona signal) and the ones that mark a wellness seeker.
PLAIN_CALMING_ELEMENTS = ("rain", "ocean waves", "fireplace crackle", "forest birdsong", "soft piano", "moonlight",
                          "lavender", "distant thunder", "wind in the pines", "a purring cat")
WELLNESS_CALMING_ELEMENTS = ("binaural beats", "ASMR whispers", "ambient drones", "sensory textures",
                             "ASMR page turning", "binaural rain")

THEMES = ("enchanted forest", "ocean", "outer space", "castle", "meadow", "mountain lake", "desert night",
          "snowy village", "cloud kingdom", "underwater city", "lighthouse", "night train")
CHARACTERS = ("a sleepy dragon", "a curious fox", "a lighthouse keeper", "a tiny astronaut", "an old owl",
              "a brave snail", "a cloud shepherd", "a moon rabbit", "a gentle giant", "a lost kite",
              "a night-train conductor", "a whale who hums")
VOICES = ("luna", "ember", "willow", "atlas", "sage", "nova")
PROMPT_TEMPLATES = (
    "A story about {character} in the {theme}",
    "{character} finds the way home through the {theme}",
    "Help me fall asleep: {character} and the {theme}",
    "Something slow and kind about {character} in the {theme}",
    "Tell me about {character} who lives in the {theme}",
    "A quiet {theme} adventure with {character}",
)
STORY_OPENINGS = (
    "Once upon a time, {character} lived at the edge of the {theme}.",
    "Long ago, in the {theme}, there lived {character}.",
    "Tonight the {theme} was very still, and {character} was wide awake.",
    "Every evening, {character} walked slowly through the {theme}.",
)
# Words for Faker's sentences, so the story pools read like bedtime stories rather than lorem ipsum.
STORY_WORDS = ("moon", "soft", "quiet", "lantern", "whisper", "sleepy", "meadow", "stars", "gentle", "cloud",
               "river", "dream", "warm", "blanket", "slowly", "glow", "feather", "breeze", "hush", "drift",
               "owl", "path", "snow", "candle", "tide", "silver", "hum", "pillow", "night", "yawn")
STORY_SENTENCE_TEMPLATES = (
    "The {a} {b} drifted over the {c}, and everything grew {d}.",
    "Far away, a {a} {c} hummed a {d} song.",
    "With each slow breath, the {c} became more {d}.",
    "Nobody hurried; the {a} {b} simply rested by the {c}.",
    "A {d} light settled on the {c}, soft as a {b}.",
)
STORY_SENTENCE_WORDS = {
    "a": ("silver", "sleepy", "little", "golden", "velvet", "misty"),
    "b": ("feather", "cloud", "lantern", "leaf", "wave", "star"),
    "c": ("meadow", "harbour", "hillside", "garden", "river", "rooftops"),
    "d": ("quiet", "warm", "still", "gentle", "drowsy", "peaceful"),
}

RITUAL_NAMES = ("Wind down", "Lights low", "Slow breath", "Story time", "Quiet hour", "Moon ritual", "Soft landing",
                "Sunday reset")
# Words per story: about what the app generates; the schema's default is 400.
TARGET_LENGTHS = (250, 300, 400, 400, 500, 600)
SCENE_COUNTS = (2, 3, 4, 4, 5)
VIDEO_SHARE = 0.25
FEEDBACK_SHARE = 0.8
RATING_WEIGHTS = {1: 2, 2: 4, 3: 12, 4: 35, 5: 47}
MOOD_DELTAS = (-3, -2, -1, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5)
# Where the users are: UTC offsets in hours, so bedtimes spread over the UTC day (and across UTC midnight).
UTC_OFFSETS = (-8, -7, -5, -5, -3, 0, 0, 1, 1, 2, 3, 5.5, 8, 9, 10)

EMAIL_DOMAIN = "dreamflow.test"
DEMO_PASSWORD = "dreamflow-demo"
STORAGE_URL = "http://127.0.0.1:54321/storage/v1/object/public/story-assets"
