"""The one exception type the suite raises for problems a user can act on."""


class DevStackError(Exception):
    """A failure the user can fix; its message reads `<what failed>: <what was observed>. <what to do>.`

    tasks.py turns it into one red line and exit code 1, without a traceback.
    """
