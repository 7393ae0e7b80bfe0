"""Settings for CI: the `[tool.tradefacts]` table of a repository's `pyproject.toml`.

Stage: before reading inputs. Input: the paths a run was given (or the working directory). Output:
`Settings`, from the first `pyproject.toml` with a `[tool.tradefacts]` table found by walking up
from the first input's directory, as linters look for theirs. Options on the command line win
over these settings (the CLI applies that). An unknown key, or a value of the wrong type, is a
`UsageError` naming the key and the file. Must not write anything.

    [tool.tradefacts]
    fail-on = "warning"            # error | warning | never
    format = "sarif"               # table | json | jsonl | sarif | github | html
    baseline = "tradefacts-baseline.json"   # relative to this pyproject.toml
    include = ["translations/**"]  # globs, relative to this pyproject.toml
    exclude = ["**/drafts/*"]
    encoding = "gb18030"
    jobs = 4                       # worker processes; 0 = one per core
    input = "jsonl"                # auto | article | jsonl | xliff | tmx | po
    id-column = "pair_id"          # the columns of a Parquet corpus
    zh-column = "source"
    en-column = "target"

`--config FILE` names the file instead of the search: its `[tool.tradefacts]` table, or, in a file
without one (a `tradefacts.toml`), its top-level keys. A settings file that is not valid TOML is a
`UsageError` naming the file and the line: a typo must not silently drop `fail-on` in CI.

`include` and `exclude` select the files found below a directory that a run was given; a file
named on the command line is checked unless `exclude` names it. A glob without `/` matches a file's
name; one with `/` matches its path relative to the `pyproject.toml` (`*` and `**` both cross `/`).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tradefacts.errors import UsageError

CONFIG_FILE: Final = "pyproject.toml"
FAIL_ON: Final = ("error", "warning", "note", "never")
FORMATS: Final = ("table", "json", "jsonl", "sarif", "github", "html")
INPUTS: Final = ("auto", "article", "jsonl", "xliff", "tmx", "po")
KEYS: Final = (
    "fail-on",
    "format",
    "baseline",
    "include",
    "exclude",
    "encoding",
    "jobs",
    "input",
    "id-column",
    "zh-column",
    "en-column",
)
# tomllib ends its messages with the place: "... (at line 3, column 7)".
_PLACE_RE: Final = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


@dataclass(frozen=True, slots=True)
class Settings:
    """What a `[tool.tradefacts]` table sets; None (or empty) where it says nothing."""

    path: Path | None = None
    fail_on: str | None = None
    format: str | None = None
    baseline: Path | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    encoding: str | None = None
    jobs: int | None = None
    input: str | None = None
    id_column: str | None = None
    zh_column: str | None = None
    en_column: str | None = None

    @property
    def root(self) -> Path:
        """The directory globs and the baseline are relative to."""
        return Path.cwd() if self.path is None else self.path.parent

    def selects(self, path: Path) -> bool:
        """Whether a file found below a directory is checked."""
        if self.include and not any(self._matches(path, g) for g in self.include):
            return False
        return not self.excludes(path)

    def named(self, paths: Sequence[str]) -> list[str]:
        """The paths named on the command line, less the files that `exclude` names."""
        return [p for p in paths if p == "-" or Path(p).is_dir() or not self.excludes(Path(p))]

    def excludes(self, path: Path) -> bool:
        """Whether `exclude` names a file."""
        return any(self._matches(path, g) for g in self.exclude)

    def _matches(self, path: Path, glob: str) -> bool:
        if "/" not in glob:
            return fnmatch.fnmatchcase(path.name, glob)
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        return fnmatch.fnmatchcase(relative, glob) or fnmatch.fnmatchcase(
            relative, glob.replace("**/", "")
        )


def find_config(inputs: Sequence[str | Path], cwd: Path | None = None) -> Path | None:
    """The nearest `pyproject.toml` with a `[tool.tradefacts]` table, walking up from the inputs."""
    start = cwd or Path.cwd()
    for name in inputs:
        if str(name) not in ("", "-"):
            candidate = Path(name)
            start = candidate if candidate.is_dir() else candidate.parent
            break
    start = start.resolve() if start.exists() else Path.cwd().resolve()
    for directory in (start, *start.parents):
        path = directory / CONFIG_FILE
        if path.is_file() and _has_table(path):
            return path
    return None


def _has_table(path: Path) -> bool:
    """Whether a `pyproject.toml` has our table; one that is not valid TOML is a `UsageError`
    (it may be the one that holds our settings, with a typo)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False  # not readable (permissions above the project): not ours to judge
    except UnicodeDecodeError as exc:
        raise UsageError(f"{_display(path)}: not UTF-8 ({exc.reason})") from None
    tool = _parse(text, path).get("tool")
    return isinstance(tool, dict) and "tradefacts" in tool


def _parse(text: str, path: Path) -> dict[str, object]:
    import tomllib  # only where a configuration file is read

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        place = _PLACE_RE.search(message)
        where = _display(path) if place is None else f"{_display(path)}:{place.group(1)}"
        reason = message if place is None else message[: place.start()]
        raise UsageError(f"{where}: not valid TOML ({reason}); fix it or pass --config") from None


def load_settings(path: Path | None) -> Settings:
    """The settings of one `pyproject.toml` (no file: no settings)."""
    if path is None:
        return Settings()
    name = _display(path)
    try:
        data = _parse(path.read_text(encoding="utf-8"), path)
    except OSError as exc:
        raise UsageError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: not UTF-8 ({exc.reason})") from None
    tool = data.get("tool", {})
    if isinstance(tool, dict) and "tradefacts" in tool:
        table = tool["tradefacts"]
    elif path.name != CONFIG_FILE:
        # `--config tradefacts.toml`: the settings at the top level, as in a ruff.toml.
        table = {k: v for k, v in data.items() if k != "tool"}
    else:
        table = {}
    if not isinstance(table, dict):
        raise UsageError(f"{name}: [tool.tradefacts] must be a table")
    for key in table:
        if key not in KEYS:
            raise UsageError(
                f"{name}: unknown key {key!r} in [tool.tradefacts]; known keys: {', '.join(KEYS)}"
            )
    fail_on = _choice(table, "fail-on", FAIL_ON, name)
    fmt = _choice(table, "format", FORMATS, name)
    baseline = _string(table, "baseline", name)
    return Settings(
        path=path,
        fail_on=fail_on,
        format=fmt,
        baseline=None if baseline is None else path.parent / baseline,
        include=_globs(table, "include", name),
        exclude=_globs(table, "exclude", name),
        encoding=_string(table, "encoding", name),
        jobs=_jobs(table, name),
        input=_choice(table, "input", INPUTS, name),
        id_column=_string(table, "id-column", name),
        zh_column=_string(table, "zh-column", name),
        en_column=_string(table, "en-column", name),
    )


def _jobs(table: dict[str, object], name: str) -> int | None:
    value = table.get("jobs")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise UsageError(f"{name}: [tool.tradefacts] jobs must be a whole number, 0 for every core")
    return value


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _string(table: dict[str, object], key: str, name: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise UsageError(f"{name}: [tool.tradefacts] {key} must be a non-empty string")
    return value


def _choice(table: dict[str, object], key: str, choices: Sequence[str], name: str) -> str | None:
    value = _string(table, key, name)
    if value is not None and value not in choices:
        raise UsageError(
            f"{name}: [tool.tradefacts] {key} = {value!r}; expected {', '.join(choices)}"
        )
    return value


def _globs(table: dict[str, object], key: str, name: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{name}: [tool.tradefacts] {key} must be a list of glob strings")
    return tuple(value)


def settings_for(
    paths: Sequence[str] | None, zh: Path | None = None, config: Path | None = None
) -> Settings:
    """The settings that apply to a run on `paths` (or `--zh FILE`): found, read and checked;
    with `config` (`--config FILE`), that file's."""
    if config is not None:
        if not config.is_file():
            raise UsageError(f"{config}: no such settings file (--config)")
        return load_settings(config)
    inputs: list[str | Path] = [*(paths or [])]
    if zh is not None:
        inputs.append(zh)
    return load_settings(find_config(inputs))
