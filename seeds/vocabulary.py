"""Dream Flow's words: what users feel, do at bedtime, like, and find calming; what stories are about.

Grouped by persona so the seeded profiles land in each analytics persona on purpose (see the persona
rules in supabase/migrations/20240101000006_create_analytics_views.sql).
"""

PERSONAS = ("mindful_professional", "burned_out_parent", "wellness_seeker", "unknown")
# Share of each persona among seeded users (must add up to 1).
PERSONA_WEIGHTS = (0.25, 0.30, 0.25, 0.20)

MOODS = {
    "mindful_professional": ("calm", "focused", "stressed", "calm but wired", "focused and tired"),
    "burned_out_parent": ("exhausted", "frazzled", "tender", "hopeful", "drained"),
    "wellness_seeker": ("peaceful", "curious", "restless", "grounded", "dreamy"),
    "unknown": ("sleepy", "content", "wistful", "cheerful", "quiet"),
}
ROUTINES = {
    "mindful_professional": (
        "Close the laptop at 9, stretch, then a short story", "Screen-free hour after work",
        "Leave the office worries in a journal", "Computer off, lights low, story on",
        "Wind down after late work calls",
    ),
    "burned_out_parent": (
        "Bath, pyjamas, then a bedtime story for the kids", "Family reading time after dinner",
        "Child asleep first, then ten minutes for me", "Bedtime cuddles and a calm story",
        "Parent's quiet hour once the kids are down",
    ),
    "wellness_seeker": (
        "Herbal tea and a body scan", "Candle, breathing, then sleep", "Gentle yoga and a story",
        "Gratitude list and lights out", "Warm shower and slow breathing",
    ),
    "unknown": (
        "Read a few pages of a novel", "Tea and a crossword", "Brush teeth, lights out",
        "Listen to a story in the dark", "Watch the rain from the window",
    ),
}
PREFERENCES = {
    "mindful_professional": ("space", "mysteries", "sailing", "history", "mountains"),
    "burned_out_parent": ("family adventures", "stories for kids", "talking animals", "child-friendly tales"),
    "wellness_seeker": ("meditation", "ASMR", "wellness", "sensory journeys", "nature sounds"),
    "unknown": ("dragons", "castles", "oceans", "trains", "forests"),
}
CALMING_ELEMENTS = {
    "plain": ("rain", "ocean waves", "fireplace", "forest", "soft piano", "moonlight", "lavender"),
    "wellness": ("binaural beats", "ASMR whispers", "ambient drones", "sensory textures", "singing bowls"),
}
THEMES = ("forest", "ocean", "space", "castle", "meadow", "mountain", "desert night", "snowy village", "garden")
CHARACTERS = (
    "a sleepy dragon", "a curious fox", "a lighthouse keeper", "a tiny astronaut", "an old owl",
    "a brave snail", "a cloud shepherd", "a moon rabbit", "a gentle giant", "a lost kite",
)
VOICES = ("luna", "ember", "willow", "atlas", "sage")
PROMPT_TEMPLATES = (
    "A story about {character} in a {theme}",
    "{character} finds the way home through the {theme}",
    "Help me fall asleep: {character} and the {theme}",
    "Something slow and kind about {character}",
)
RITUAL_NAMES = ("Wind down", "Lights low", "Slow breath", "Story time", "Quiet hour", "Moon ritual")
TARGET_LENGTHS = (250, 400, 400, 600)
SCENE_COUNTS = (3, 4, 4, 5, 6)
DEMO_PASSWORD = "dreamflow-demo"
