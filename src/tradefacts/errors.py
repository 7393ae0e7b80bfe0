"""Errors a user can cause, and a run that cannot go on. Stage: none. A bug is never one of these;
it is a plain exception."""

from __future__ import annotations


class TradefactsError(Exception):
    """Raised for any problem that is the user's to fix (bad input, impossible options)."""


class InputError(TradefactsError):
    """Raised (or yielded by readers in place of a document) when an input cannot be read."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        return (InputError, (self.path, self.reason, self.line))


class UsageError(TradefactsError):
    """Raised when command-line options cannot be combined or name something that does not exist."""


class RunError(TradefactsError):
    """Raised when a run cannot be completed for a reason that is neither the user's input nor a
    finding, such as a Dask scheduler that cannot be reached: the CLI exits with its crash code."""
