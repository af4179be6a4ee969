"""The one error type a user can cause; the CLI prints its message and exits 1."""


class ZhbriefError(Exception):
    """A problem with the user's input or set-up, with a message written for that user."""
