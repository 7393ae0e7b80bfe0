"""The command line: options → pipeline → renderer → exit code.

Stage: the thin shell around the pure core. The only module that reads argv, the environment and
terminals, writes stdout/stderr and decides exit codes: 0 nothing at or above `--fail-on`, 1
findings at or above it, 2 a usage error or any input that could not be read (2 wins over 1), 3 a
crash (a bug, or a run that could not be completed), 130 interrupted.

Files named by `--output` (and baselines) are written to a temporary file beside them and renamed
into place only when the run completes: a crashed or interrupted run leaves no file that looks
complete.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, suppress
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Annotated, ParamSpec, TextIO, TypeVar

import typer

from tradefacts import __version__
from tradefacts.baseline import apply_baseline, read_baseline, stale_message, suppressing
from tradefacts.baseline import write_baseline as write_baseline_file
from tradefacts.config import Settings, settings_for
from tradefacts.errors import InputError, RunError, TradefactsError, UsageError
from tradefacts.model import SEVERITY_RANK, Document, DocumentReport, Report, Severity
from tradefacts.parallel import map_documents
from tradefacts.readers import (
    STDIN_NAME,
    Columns,
    count_records,
    read_items,
    read_pair_items,
    reads,
)
from tradefacts.render import (
    DIFF_RENDERERS,
    EXTRACT_RENDERERS,
    SUFFIX_FORMATS,
    counted,
    suffix_formats,
)
from tradefacts.render.jsonout import (
    write_diff_jsonl,
    write_error_jsonl,
    write_extract_jsonl,
    write_pair_jsonl,
    write_rejected_jsonl,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_CRASH = 3
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="tradefacts",
    help="Check the figures in a Chinese→English translation against the original.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(StrEnum):
    """Output formats."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    SARIF = "sarif"
    GITHUB = "github"
    HTML = "html"
    PARQUET = "parquet"


class ExtractFormat(StrEnum):
    """The formats `extract` writes."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


class FailOn(StrEnum):
    """The lowest severity that makes `diff` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    NEVER = "never"


class InputFormat(StrEnum):
    """How to read inputs whose type is not told by their extension (and stdin)."""

    AUTO = "auto"
    ARTICLE = "article"
    JSONL = "jsonl"
    XLIFF = "xliff"
    TMX = "tmx"
    PO = "po"


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Articles (.txt), JSONL corpora, XLIFF/TMX/PO files, directories, or - for stdin."
    ),
]
ZhOpt = Annotated[
    Path | None, typer.Option("--zh", metavar="FILE", help="The original, as a file of its own.")
]
EnOpt = Annotated[
    Path | None, typer.Option("--en", metavar="FILE", help="Its translation (with --zh).")
]
InputOpt = Annotated[
    InputFormat | None,
    typer.Option("--input", help="Input type for stdin and unknown extensions (default auto)."),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding", metavar="NAME", help="Decode inputs with this encoding (default: detect)."
    ),
]
FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option("--format", help="Output format (default: table on a terminal, else json)."),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", metavar="N", help="Worker processes, 0 = a process per core (default 1)."
    ),
]
IdColumnOpt = Annotated[
    str | None,
    typer.Option(
        "--id-column", metavar="NAME", help="Parquet column of the pair's id (default id)."
    ),
]
ZhColumnOpt = Annotated[
    str | None,
    typer.Option(
        "--zh-column", metavar="NAME", help="Parquet column of the original (default zh)."
    ),
]
EnColumnOpt = Annotated[
    str | None,
    typer.Option(
        "--en-column", metavar="NAME", help="Parquet column of the translation (default en)."
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", metavar="FILE", help="Read settings from FILE, not pyproject.toml."),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No summary line, no progress bar; errors only.")
]
NoProgressOpt = Annotated[bool, typer.Option("--no-progress", help="No progress bar.")]
ColorOpt = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Colors on or off (default: on a terminal)."),
]
StdinNameOpt = Annotated[
    str | None,
    typer.Option(
        "--stdin-filename", metavar="NAME", help="The file name standard input stands for."
    ),
]


def _columns(
    settings: Settings,
    id_column: str | None,
    zh_column: str | None,
    en_column: str | None,
    *,
    others: bool = False,
) -> Columns:
    """The Parquet columns: options win over settings, settings over the defaults."""
    return Columns(
        id_column or settings.id_column or "id",
        zh_column or settings.zh_column or "zh",
        en_column or settings.en_column or "en",
        others=others,
    )


def _jobs(jobs: int | None, settings: Settings) -> int:
    """Worker processes: the option, else the setting, else 1; 0 is a process per core."""
    chosen = jobs if jobs is not None else settings.jobs if settings.jobs is not None else 1
    if chosen < 0:
        raise UsageError(
            f"--jobs {chosen}: give a number of processes, or 0 for a process per core"
        )
    return chosen or os.cpu_count() or 1


def _input(input_format: InputFormat | None, settings: Settings) -> InputFormat:
    return input_format or _setting(InputFormat, settings.input) or InputFormat.AUTO


def _documents(
    paths: list[str] | None,
    zh: Path | None,
    en: Path | None,
    input_format: InputFormat,
    encoding: str | None,
    settings: Settings,
    columns: Columns | None = None,
    stdin_name: str | None = None,
    messages: _Messages | None = None,
) -> Iterator[Document | InputError]:
    if (zh is None) != (en is None):
        raise UsageError("--zh and --en go together: give both files")
    if zh is not None and en is not None:
        yield from read_pair_items(zh, en, encoding)
    if not paths and zh is None:
        raise UsageError("nothing to check: give a PATH, - for stdin, or --zh FILE --en FILE")
    yield from read_items(
        settings.named(paths or []),
        input_format=input_format.value,
        encoding=encoding or settings.encoding,
        select=settings.selects,
        columns=columns,
        stdin_name=stdin_name or STDIN_NAME,
        note=None if messages is None else messages.info,
    )


def _pick_format(
    chosen: StrEnum | None,
    setting: str | None,
    output: Path | None,
    out: TextIO,
    accepted: Sequence[str],
) -> OutputFormat:
    """--format; else the extension of --output; else the setting; else table on a terminal and
    json elsewhere. A --format that the --output file's extension contradicts is a usage error."""
    suffixed = suffix_formats(output) if output is not None else ()
    if chosen is not None:
        if output is not None and suffixed and chosen.value not in suffixed:
            fits = [s for s, formats in SUFFIX_FORMATS.items() if chosen.value in formats]
            place = f"a {fits[0]} file" if fits else "--output"
            raise UsageError(
                f"--format {chosen.value} does not go in a {output.suffix} file;"
                f" name {place}, or leave --format out"
            )
        return OutputFormat(chosen.value)
    if output is not None and suffixed:
        fitting = [f for f in suffixed if f in accepted]
        if not fitting:
            raise UsageError(
                f"{output}: this command writes {', '.join(accepted)}, not {suffixed[0]}"
            )
        return OutputFormat(fitting[0])
    if setting is not None and setting in accepted:
        return OutputFormat(setting)
    if output is None and out.isatty():
        return OutputFormat.TABLE
    return OutputFormat.JSON


# Formats whose report needs no document text (only findings, claims and counts): a run keeps
# neither text of a document for them, so memory grows with findings, not with the corpus.
_TEXT_FREE_FORMATS = frozenset({"json", "table"})


def _run(
    items: Iterator[Document | InputError],
    work: Callable[[Document], DocumentReport],
    stream: Callable[[DocumentReport, TextIO], None] | None,
    out: TextIO,
    messages: _Messages,
    *,
    jobs: int = 1,
    total: int | None = None,
    keep_text: bool = True,
    keep_findings: bool = True,
    on_error: Callable[[InputError, TextIO], None] | None = None,
) -> Report:
    """Process every document; stream it when `stream` is given, else keep it for the report.

    A streamed document is kept without its text and claims, so memory does not grow with them;
    a kept one loses its text unless `keep_text` (renderers that point into files need it). A
    streamed run that needs no findings afterwards (`keep_findings` false: no baseline) keeps only
    the first finding of each severity, which is all the exit code needs: memory stays flat.
    `on_error` writes an input not read into a streamed output, where it occurs.
    """
    kept: list[DocumentReport] = []
    problems: list[InputError] = []
    witnessed: set[Severity] = set()
    with _Meter(messages, total) as meter:
        for result in map_documents(items, work, jobs=jobs):
            meter.advance()
            if isinstance(result, InputError):
                problems.append(result)
                messages.error(str(result))
                if on_error is not None:
                    on_error(result, out)
                continue
            if stream is not None:
                stream(result, out)
                findings = result.findings
                if not keep_findings:
                    firsts = {
                        f.severity: f for f in reversed(findings) if f.severity not in witnessed
                    }
                    witnessed.update(firsts)
                    findings = tuple(firsts.values())
                    if not findings:
                        continue
                kept.append(
                    DocumentReport(
                        document=dataclasses.replace(result.document, zh="", en=""),
                        zh_claims=(),
                        en_claims=(),
                        findings=findings,
                    )
                )
            elif keep_text:
                kept.append(result)
            else:
                document = dataclasses.replace(result.document, zh="", en="")
                kept.append(dataclasses.replace(result, document=document))
    return Report(documents=tuple(kept), errors=tuple(problems))


class _Meter:
    """A transient progress bar on stderr for runs longer than a moment, when stderr is a
    terminal; redrawn a few times a second, never per document."""

    DELAY = 0.5  # seconds before a bar appears at all
    EVERY = 0.2  # seconds between redraws

    def __init__(self, messages: _Messages, total: int | None) -> None:
        self._messages = messages
        self._total = total
        self._enabled = messages.progress
        self._done = 0
        self._next = time.monotonic() + _progress_delay(self.DELAY)
        self._progress: Progress | None = None
        self._start = 0.0
        self._task: TaskID | None = None

    def __enter__(self) -> _Meter:
        return self

    def __exit__(self, *_: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def advance(self) -> None:
        self._done += 1
        if self._enabled and time.monotonic() >= self._next:
            self._draw()

    def _draw(self) -> None:
        if self._progress is None:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )

            # No refresh thread (auto_refresh off): the pool of --jobs forks safely.
            self._progress = Progress(
                TextColumn("checking"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("pairs"),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=self._messages.console,
                transient=True,
                auto_refresh=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("checking", total=self._total, rate="")
            self._start = time.monotonic() - self.DELAY
        assert self._task is not None
        rate = self._done / max(time.monotonic() - self._start, 1e-9)
        self._progress.update(self._task, completed=self._done, rate=f"{rate:,.0f}/s")
        self._progress.refresh()
        self._next = time.monotonic() + self.EVERY


def _stdout() -> TextIO:
    stream = sys.stdout
    if not stream.isatty() and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def _progress_delay(default: float) -> float:
    """Seconds before the bar appears; `TRADEFACTS_PROGRESS_DELAY` overrides them, so the tests
    can show the bar on a short run (the bar itself is the same)."""
    try:
        return float(os.environ.get("TRADEFACTS_PROGRESS_DELAY", default))
    except ValueError:
        return default


# Environment variables with which rich treats a stream that is no terminal as one.
_FORCE_TERMINAL = ("FORCE_COLOR", "TTY_COMPATIBLE")


class _Messages:
    """Messages on stderr, one line each, and the progress bar's console.

    The real rich `Console` is made when it is first needed (a bar, or a message at a terminal);
    messages to a stderr that is no terminal are written as plain lines without importing rich,
    which a clean run never needs (importing it costs about 15 ms of a cold start).
    """

    def __init__(
        self, *, quiet: bool = False, progress: bool = True, color: bool | None = None
    ) -> None:
        self._console: Console | None = None
        self._quiet = quiet
        self._bar = progress
        self._color = color

    @property
    def console(self) -> Console:
        """The rich console on stderr, made on first use."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True, no_color=self._color is False or None)
        return self._console

    @property
    def is_terminal(self) -> bool:
        """Whether stderr is a terminal, as rich decides it (FORCE_COLOR, TTY_COMPATIBLE)."""
        if self._console is None and not any(name in os.environ for name in _FORCE_TERMINAL):
            try:
                return sys.stderr is not None and sys.stderr.isatty()
            except ValueError:
                return False  # a closed stderr: no terminal (rich says the same)
        return self.console.is_terminal

    @property
    def progress(self) -> bool:
        """Whether a progress bar may be shown."""
        return not self._quiet and self._bar and self.is_terminal

    def info(self, message: str) -> None:
        """A line that is no error (a count, a note): left out with --quiet."""
        if not self._quiet:
            self.say(message)

    def error(self, message: str) -> None:
        """An input not read or a usage error: a line in red on a terminal (unless --no-color
        or NO_COLOR), plain elsewhere."""
        self.say(message, style="red")

    def say(self, message: str, *, style: str | None = None) -> None:
        """One line on stderr, prefixed with the tool's name."""
        line = f"tradefacts: {message}"
        if self._console is None and not self.is_terminal:
            try:
                sys.stderr.write(line + "\n")
                sys.stderr.flush()
            except (OSError, ValueError, AttributeError):
                pass  # a closed or missing stderr: nowhere to say it
            return
        self.console.print(line, markup=False, highlight=False, soft_wrap=True, style=style)


class _Outputs(ExitStack):
    """The files a run writes: each is written under a temporary name in its own folder and
    renamed into place by `commit()`; closing without a commit (a crash, an interrupt, a usage
    error part-way) removes the temporary files, so no output that looks complete is left."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[tuple[Path, Path]] = []

    def temporary(self, path: Path) -> Path:
        """A new temporary file beside `path`, to be renamed to `path` on commit."""
        import tempfile  # only a run that writes a file needs it (a cold start does not)

        folder = path.parent
        try:
            handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        except OSError as exc:
            raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        os.close(handle)
        temporary = Path(name)
        self._pending.append((temporary, path))
        return temporary

    def commit(self) -> None:
        """Close every file and move each into place."""
        super().__exit__(None, None, None)  # not close(): that is __exit__, which discards them
        for temporary, path in self._pending:
            os.replace(temporary, path)
        self._pending.clear()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> bool:
        try:
            return bool(super().__exit__(kind, value, trace))
        finally:
            for temporary, _ in self._pending:
                temporary.unlink(missing_ok=True)
            self._pending.clear()


def _fail(error: TradefactsError | str, messages: _Messages) -> typer.Exit:
    """One line; exit 2 for the user's mistake, 3 for a run that could not be completed."""
    messages.error(str(error))
    return typer.Exit(EXIT_CRASH if isinstance(error, RunError) else EXIT_ERROR)


_P = ParamSpec("_P")


def _guarded(command: Callable[_P, None]) -> Callable[_P, None]:
    """Exit codes for what is neither a finding nor a user's mistake: a closed pipe ends the run
    quietly with 0, Ctrl-C with 130, and a crash (a bug in tradefacts, a run that cannot be
    completed) with 3 after one line and, for a bug, a traceback without local variables."""

    @functools.wraps(command)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise  # the command's own exit, or a usage error typer reports
        except BrokenPipeError:
            # `tradefacts diff … | head`: the reader left; say nothing and do not flush into it.
            _silence_stdout()
            raise typer.Exit(EXIT_OK) from None
        except KeyboardInterrupt:
            _Messages().say("interrupted")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except RunError as error:
            _Messages().say(str(error))
            raise typer.Exit(EXIT_CRASH) from None
        except Exception as error:
            messages = _Messages()
            messages.say(
                f"crashed ({type(error).__name__}: {error}); this is a bug in tradefacts, "
                "please report it with the traceback below"
            )
            with suppress(OSError, ValueError, AttributeError):
                traceback.print_exception(error, file=sys.stderr)
            raise typer.Exit(EXIT_CRASH) from None

    return run


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@app.command()
@_guarded
def extract(
    paths: PathsArg = None,
    *,
    zh: ZhOpt = None,
    en: EnOpt = None,
    input_format: InputOpt = None,
    encoding: EncodingOpt = None,
    output_format: Annotated[
        ExtractFormat | None,
        typer.Option("--format", help="Output format (default: table on a terminal, else json)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE (.json, .jsonl, .txt: its format).",
        ),
    ] = None,
    jobs: JobsOpt = None,
    id_column: IdColumnOpt = None,
    zh_column: ZhColumnOpt = None,
    en_column: EnColumnOpt = None,
    config: ConfigOpt = None,
    stdin_filename: StdinNameOpt = None,
    quiet: QuietOpt = False,
    no_progress: NoProgressOpt = False,
    color: ColorOpt = None,
) -> None:
    """List the numeric claims of each document, in both languages.

    \b
    Examples:
      tradefacts extract seeds/
      tradefacts extract seeds/ -o claims.json
      tradefacts extract corpus.jsonl --format jsonl | jq -c 'select(.lang=="zh")'
    """
    out = _stdout()
    messages = _Messages(quiet=quiet, progress=not no_progress, color=color)
    with _Outputs() as outputs:
        try:
            settings = settings_for(paths, zh, config)
            accepted = [f.value for f in ExtractFormat]
            fmt = _pick_format(output_format, settings.format, output, out, accepted)
            if fmt.value not in EXTRACT_RENDERERS:
                raise UsageError(f"extract writes table, json or jsonl, not {fmt.value}")
            columns = _columns(settings, id_column, zh_column, en_column)
            chosen_input = _input(input_format, settings)
            items = _documents(
                paths, zh, en, chosen_input, encoding, settings, columns, stdin_filename, messages
            )
            stream: Callable[[DocumentReport, TextIO], None] | None = (
                write_extract_jsonl if fmt is OutputFormat.JSONL else None
            )
            inputs = [*(paths or []), zh, en]
            out, stream = _open_output(outputs, output, fmt, out, stream, inputs, chosen_input)
            total = _total(paths, zh, messages)
            from tradefacts import pipeline  # the reader, loaded when a command reads

            keep_text = fmt.value not in _TEXT_FREE_FORMATS
            report = _run(
                items,
                pipeline.extract_document,
                stream,
                out,
                messages,
                jobs=_jobs(jobs, settings),
                total=total,
                keep_text=keep_text,
                keep_findings=False,
                on_error=write_error_jsonl if stream is not None else None,
            )
        except TradefactsError as error:
            raise _fail(error, messages) from None
        if stream is None:
            if fmt is OutputFormat.TABLE:
                from tradefacts.render.table import render_extract_table, table_console

                render_extract_table(report, out, table_console(out, color=color))
            else:
                EXTRACT_RENDERERS[fmt.value](report, out)
        out.flush()
        outputs.commit()
    raise typer.Exit(EXIT_ERROR if report.errors else EXIT_OK)


@app.command()
@_guarded
def diff(
    paths: PathsArg = None,
    *,
    zh: ZhOpt = None,
    en: EnOpt = None,
    input_format: InputOpt = None,
    encoding: EncodingOpt = None,
    output_format: FormatOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on", help="Exit 1 on findings of this severity or worse (default error)."
        ),
    ] = None,
    select: Annotated[
        str | None,
        typer.Option("--select", metavar="TYPES", help="Report only these finding types (a,b)."),
    ] = None,
    ignore: Annotated[
        str | None,
        typer.Option("--ignore", metavar="TYPES", help="Do not report these finding types (a,b)."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline", metavar="FILE", help="Report only findings not accepted in this file."
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline", metavar="FILE", help="Accept today's findings: record them in FILE."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE, in the format its extension names.",
        ),
    ] = None,
    jobs: JobsOpt = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on this Dask scheduler; --output names a folder.",
        ),
    ] = None,
    id_column: IdColumnOpt = None,
    zh_column: ZhColumnOpt = None,
    en_column: EnColumnOpt = None,
    html_all: Annotated[
        bool, typer.Option("--html-all", help="HTML: show documents without findings too.")
    ] = False,
    config: ConfigOpt = None,
    stdin_filename: StdinNameOpt = None,
    quiet: QuietOpt = False,
    no_progress: NoProgressOpt = False,
    color: ColorOpt = None,
) -> None:
    """Report every figure that the translation gets wrong, drops or adds.

    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage error or an
    input that could not be read. Settings come from [tool.tradefacts] in the nearest
    pyproject.toml (or --config FILE); options given here win.

    \b
    Examples, one per format:
      tradefacts diff seeds/ --format table
      tradefacts diff --zh original.txt --en translation.txt --format json
      tradefacts diff corpus.jsonl --format jsonl | jq -c 'select(.type=="magnitude")'
      tradefacts diff seeds/ -o tradefacts.sarif   # code scanning; the extension picks the format
      tradefacts diff seeds/ --format github   # annotations in a GitHub Actions log:
        ::error file=seeds/000_6306102e42818231.txt,line=6,col=269,endLine=6,endColumn=280,
        title=Figure off by a power of 10 (magnitude)::'$12 billion' is 10× the original …
      tradefacts diff seeds/ -o review.html   # side by side, for an editor
      tradefacts diff project.xlf --fail-on warning   # XLIFF/TMX/PO: pip install tradefacts[cat]
      tradefacts diff seeds/ --select magnitude,value --ignore value
      tradefacts diff seeds/ --write-baseline tradefacts-baseline.json
      tradefacts diff seeds/ --baseline tradefacts-baseline.json   # only new findings
      tradefacts diff corpus.parquet --output findings.parquet --jobs 0   # tradefacts[parquet]
      tradefacts diff corpus/ --scheduler tcp://scheduler:8786 --output findings/  # [dask]
    """
    out = _stdout()
    messages = _Messages(quiet=quiet, progress=not no_progress, color=color)
    if scheduler is not None:
        try:
            settings = settings_for(paths, None, config)
        except TradefactsError as error:
            raise _fail(error, messages) from None
        columns = _columns(settings, id_column, zh_column, en_column)
        dask_run = (paths, scheduler, output, output_format, columns, fail_on)
        raise typer.Exit(_diff_on_dask(*dask_run, messages))
    options = _DiffOptions(
        paths=paths,
        zh=zh,
        en=en,
        input_format=input_format,
        encoding=encoding,
        output_format=output_format,
        fail_on=fail_on,
        select=select,
        ignore=ignore,
        baseline=baseline,
        write_baseline=write_baseline,
        output=output,
        jobs=jobs,
        columns=(id_column, zh_column, en_column),
        html_all=html_all,
        config=config,
        stdin_filename=stdin_filename,
        quiet=quiet,
        color=color,
    )
    with _Outputs() as outputs:
        code = _diff(options, out, messages, outputs)
    raise typer.Exit(code)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _DiffOptions:
    """The options of one `diff`, as given (None where not given)."""

    paths: list[str] | None
    zh: Path | None
    en: Path | None
    input_format: InputFormat | None
    encoding: str | None
    output_format: OutputFormat | None
    fail_on: FailOn | None
    select: str | None
    ignore: str | None
    baseline: Path | None
    write_baseline: Path | None
    output: Path | None
    jobs: int | None
    columns: tuple[str | None, str | None, str | None]
    html_all: bool
    config: Path | None
    stdin_filename: str | None
    quiet: bool
    color: bool | None


def _diff(o: _DiffOptions, out: TextIO, messages: _Messages, outputs: _Outputs) -> int:
    """The body of `diff`: its exit code; every file it writes is committed only at the end."""
    try:
        settings = settings_for(o.paths, o.zh, o.config)
        # Recording a baseline writes no report unless one is asked for (--format or --output).
        silent = o.write_baseline is not None and o.output_format is None and o.output is None
        if silent:
            fmt = OutputFormat.JSONL  # streamed into nothing: memory stays flat
            out = outputs.enter_context(open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        else:
            accepted = [f.value for f in OutputFormat]
            fmt = _pick_format(o.output_format, settings.format, o.output, out, accepted)
        # Recording a baseline reads none, unless --baseline names one: its file may not exist yet.
        accepted_file = o.baseline or (settings.baseline if o.write_baseline is None else None)
        known = read_baseline(accepted_file) if accepted_file is not None else None
        from tradefacts import pipeline  # the reader, loaded when a command reads

        types = pipeline.finding_types(o.select, o.ignore)
        work: Callable[[Document], DocumentReport] = (
            pipeline.check_document
            if types is None
            else functools.partial(pipeline.check_selected, types=types)
        )
        chosen_input = _input(o.input_format, settings)
        columns = _columns(settings, *o.columns)
        items = _documents(
            o.paths, o.zh, o.en, chosen_input, o.encoding, settings, columns,
            o.stdin_filename, messages,
        )  # fmt: skip
        stream: Callable[[DocumentReport, TextIO], None] | None = None
        page = None
        if fmt is OutputFormat.JSONL:
            stream = write_diff_jsonl
        elif fmt is OutputFormat.HTML:
            from tradefacts.render.html import HtmlPage  # written as documents come

            page = HtmlPage(include_clean=o.html_all)
            stream = page.write
        inputs = [*(o.paths or []), o.zh, o.en]
        out, stream = _open_output(outputs, o.output, fmt, out, stream, inputs, chosen_input)
        if stream is not None and known is not None:
            stream = suppressing(stream, known.fingerprints)
        total = _total(o.paths, o.zh, messages)
        keep_text = fmt.value not in _TEXT_FREE_FORMATS
        report = _run(
            items,
            work,
            stream,
            out,
            messages,
            jobs=_jobs(o.jobs, settings),
            total=total,
            keep_text=keep_text,
            keep_findings=known is not None or o.write_baseline is not None,
            on_error=write_error_jsonl if fmt is OutputFormat.JSONL else None,
        )
        if o.write_baseline is not None:
            _write_baseline(report, o.write_baseline, outputs, messages)
    except TradefactsError as error:
        raise _fail(error, messages) from None
    if known is not None:
        before = sum(len(d.findings) for d in report.documents)
        report, stale = apply_baseline(report, known)
        after = sum(len(d.findings) for d in report.documents)
        messages.info(f"{known.path}: the baseline accepted {counted(before - after, 'finding')}")
        note = stale_message(known, stale)
        if note:
            messages.info(note)
    if page is not None:
        page.finish(report.errors, out)
    elif stream is None:
        if fmt is OutputFormat.TABLE:
            from tradefacts.render.table import render_diff_table, table_console

            console = table_console(out, color=o.color)
            render_diff_table(report, out, console, summary=not o.quiet)
        else:
            DIFF_RENDERERS[fmt.value](report, out)
    out.flush()
    outputs.commit()
    if report.errors:
        return EXIT_ERROR
    if o.write_baseline is not None:
        return EXIT_OK  # every finding of today is now accepted
    chosen = o.fail_on or _setting(FailOn, settings.fail_on) or FailOn.ERROR
    return _exit_code(report, chosen)


class Drop(StrEnum):
    """The lowest severity of finding that makes `filter` drop a pair."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@app.command(name="filter")
@_guarded
def filter_pairs(
    paths: PathsArg = None,
    *,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Where the kept pairs go (.parquet or .jsonl)."
        ),
    ],
    drop: Annotated[
        Drop, typer.Option("--drop", help="Drop pairs with findings of this severity or worse.")
    ] = Drop.ERROR,
    rejected: Annotated[
        Path | None,
        typer.Option(
            "--rejected",
            metavar="FILE",
            help="Also write the dropped pairs, with their findings, here.",
        ),
    ] = None,
    input_format: InputOpt = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    id_column: IdColumnOpt = None,
    zh_column: ZhColumnOpt = None,
    en_column: EnColumnOpt = None,
    config: ConfigOpt = None,
    quiet: QuietOpt = False,
    no_progress: NoProgressOpt = False,
) -> None:
    """Write the pairs of a corpus that have no finding at or above --drop (a cleaning job).

    Each pair is written as it was read: every field of a JSONL record, every column of a Parquet
    row. --rejected FILE writes the dropped pairs alike, each with the findings it was dropped for
    (field or column tradefacts_findings: type, severity, message).
    Exit codes: 0 done, 2 a usage error or an input that could not be read.

    \b
    Examples:
      tradefacts filter corpus.jsonl --output clean.jsonl --rejected dropped.jsonl
      tradefacts filter corpus.parquet --output clean.parquet --drop warning --jobs 4
    """
    out = _stdout()
    messages = _Messages(quiet=quiet, progress=not no_progress)
    kept = seen = 0
    with _Outputs() as outputs:
        from tradefacts import pipeline  # the reader, loaded when a command reads

        try:
            settings = settings_for(paths, None, config)
            chosen_input = _input(input_format, settings)
            columns = _columns(settings, id_column, zh_column, en_column, others=True)
            _refuse_inputs(output, paths or [], chosen_input)
            if rejected is not None:
                _refuse_inputs(rejected, [*(paths or []), output], chosen_input)
            items = _documents(
                paths, None, None, chosen_input, encoding, settings, columns, None, messages
            )
            names = (columns.id, columns.zh, columns.en)
            write = _pairs_writer(outputs, output, names, paths or [], None)
            assert write is not None  # --output is required
            reject = _pairs_writer(outputs, rejected, names, paths or [], Severity(drop.value))

            def keep(report: DocumentReport, _: TextIO) -> None:
                nonlocal kept, seen
                seen += 1
                if pipeline.is_clean(report, Severity(drop.value)):
                    kept += 1
                    write(report)
                elif reject is not None:
                    reject(report)

            total = _total(paths, None, messages)
            report = _run(
                items, pipeline.check_document, keep, out, messages, jobs=_jobs(jobs, settings),
                total=total, keep_findings=False,
            )  # fmt: skip
            # Closing may still fail (a Parquet writer's last row group may refuse a record).
            outputs.commit()
        except TradefactsError as error:
            raise _fail(error, messages) from None
    messages.info(f"{output}: kept {kept} of {counted(seen, 'pair')}")
    raise typer.Exit(EXIT_ERROR if report.errors else EXIT_OK)


def _pairs_writer(
    outputs: _Outputs,
    path: Path | None,
    names: tuple[str, str, str],
    inputs: Sequence[str],
    drop: Severity | None,
) -> Callable[[DocumentReport], None] | None:
    """`filter`: where kept (or, with `drop`, rejected) pairs go: Parquet or JSONL by suffix."""
    if path is None:
        return None
    if path.suffix == ".parquet":
        from tradefacts.render.parquet import PairsWriter, corpus_schema

        writer = PairsWriter(outputs.temporary(path), names, corpus_schema(inputs), drop=drop)
        return outputs.enter_context(writer).write
    try:
        handle = outputs.enter_context(
            outputs.temporary(path).open("w", encoding="utf-8", newline="\n")
        )
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    if drop is None:
        return lambda report: write_pair_jsonl(report, handle)
    return lambda report: write_rejected_jsonl(report, handle, drop)


def _refuse_inputs(
    output: Path, inputs: Sequence[str | Path | None], input_format: InputFormat
) -> None:
    """An output file is never an input, nor a file an input folder's walk would read back (a
    `review.html` in the folder of the articles is fine: no walk reads it)."""
    target = output.resolve()
    for item in inputs:
        if item is None or str(item) == "-":
            continue
        source = Path(item).resolve()
        if target == source:
            raise UsageError(f"{output}: is an input; write elsewhere")
        if source in target.parents and reads(target, input_format.value):
            raise UsageError(
                f"{output}: inside the input folder {item}, where it would be read as an input;"
                " write elsewhere"
            )


def _open_output(
    outputs: _Outputs,
    path: Path | None,
    fmt: OutputFormat,
    out: TextIO,
    stream: Callable[[DocumentReport, TextIO], None] | None,
    inputs: Sequence[str | Path | None],
    input_format: InputFormat,
) -> tuple[TextIO, Callable[[DocumentReport, TextIO], None] | None]:
    """`--output`: a text file for the text formats, a findings table for parquet."""
    if path is None:
        if fmt is OutputFormat.PARQUET:
            raise UsageError("--format parquet writes a file: add --output FILE.parquet")
        return out, stream
    _refuse_inputs(path, inputs, input_format)
    if fmt is OutputFormat.PARQUET:
        from tradefacts.render.parquet import FindingsWriter

        writer = outputs.enter_context(FindingsWriter(outputs.temporary(path)))
        return out, lambda report, _: writer.write(report)
    try:
        target = outputs.temporary(path)
        handle = outputs.enter_context(target.open("w", encoding="utf-8", newline="\n"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return handle, stream


def _total(paths: list[str] | None, zh: Path | None, messages: _Messages) -> int | None:
    """The number of documents, for a progress bar's ETA: only when a bar can be shown."""
    if not messages.progress or zh is not None or not paths:
        return None
    return count_records(paths)


def _diff_on_dask(
    paths: list[str] | None,
    scheduler: str,
    output: Path | None,
    output_format: OutputFormat | None,
    columns: Columns,
    fail_on: FailOn | None,
    messages: _Messages,
) -> int:
    """`diff --scheduler`: parts in the --output folder, a summary line, the exit code."""
    try:
        if output is None:
            raise UsageError("--scheduler writes a part per partition: add --output FOLDER")
        fmt = output_format or OutputFormat.JSONL
        from tradefacts.dask import diff_on_dask

        summary = diff_on_dask(
            paths or [], output, scheduler=scheduler, output_format=fmt.value, columns=columns
        )
    except TradefactsError as error:
        raise _fail(error, messages) from None
    for problem in summary.errors:
        messages.say(str(problem))
    messages.say(
        f"{output}: {counted(len(summary.parts), 'part')}, "
        f"{counted(summary.documents, 'document')}, {counted(summary.findings, 'finding')}"
    )
    if summary.errors:
        return EXIT_ERROR
    chosen = fail_on or FailOn.ERROR
    if chosen is FailOn.NEVER:
        return EXIT_OK
    return EXIT_FINDINGS if summary.worst >= SEVERITY_RANK[Severity(chosen.value)] else EXIT_OK


_E = TypeVar("_E", bound=StrEnum)


def _setting(enum: type[_E], value: str | None) -> _E | None:
    return None if value is None else enum(value)


def _write_baseline(report: Report, path: Path, outputs: _Outputs, messages: _Messages) -> None:
    """The baseline file, moved into place with the run's other outputs."""
    try:
        with outputs.temporary(path).open("w", encoding="utf-8", newline="\n") as handle:
            write_baseline_file(report, handle)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None
    count = sum(len(d.findings) for d in report.documents)
    messages.info(f"{path}: recorded {counted(count, 'finding')} as accepted")


def _exit_code(report: Report, fail_on: FailOn) -> int:
    if fail_on is FailOn.NEVER:
        return EXIT_OK
    threshold = SEVERITY_RANK[Severity(fail_on.value)]
    worst = max(
        (SEVERITY_RANK[f.severity] for d in report.documents for f in d.findings), default=0
    )
    return EXIT_FINDINGS if worst >= threshold else EXIT_OK


def _version(value: bool) -> None:
    if value:
        print(f"tradefacts {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Check the figures in a Chinese→English translation against the original."""


def main() -> None:
    """Entry point. Each command is `_guarded`: a closed pipe exits quietly with 0, Ctrl-C with
    130, a crash with 3; what escapes a command (Ctrl-C while the options are parsed, a closed
    pipe while help is printed) is handled here the same way."""
    try:
        app(standalone_mode=True)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        _Messages().say("interrupted")
        sys.exit(EXIT_INTERRUPTED)
