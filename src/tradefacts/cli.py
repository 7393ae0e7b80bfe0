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
import tempfile
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
from tradefacts.pipeline import check_document, extract_document, is_clean
from tradefacts.readers import Columns, count_records, read_items, read_pair_items
from tradefacts.render import DIFF_RENDERERS, EXTRACT_RENDERERS
from tradefacts.render.jsonout import (
    write_diff_jsonl,
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
ZhOpt = Annotated[Path | None, typer.Option("--zh", help="The original, as a file of its own.")]
EnOpt = Annotated[Path | None, typer.Option("--en", help="Its translation (with --zh).")]
InputOpt = Annotated[
    InputFormat, typer.Option("--input", help="Input type for stdin and unknown extensions.")
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", help="Decode inputs with this encoding (default: detect)."),
]
FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option("--format", help="Output format (default: table on a terminal, else json)."),
]
JobsOpt = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Worker processes; output is the same for any N.")
]
IdColumnOpt = Annotated[str, typer.Option("--id-column", help="Parquet column of the pair's id.")]
ZhColumnOpt = Annotated[str, typer.Option("--zh-column", help="Parquet column of the original.")]
EnColumnOpt = Annotated[str, typer.Option("--en-column", help="Parquet column of the translation.")]


def _documents(
    paths: list[str] | None,
    zh: Path | None,
    en: Path | None,
    input_format: InputFormat,
    encoding: str | None,
    settings: Settings,
    columns: Columns | None = None,
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
    )


def _pick_format(chosen: OutputFormat | None, out: TextIO) -> OutputFormat:
    if chosen is not None:
        return chosen
    return OutputFormat.TABLE if out.isatty() else OutputFormat.JSON


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
) -> Report:
    """Process every document; stream it when `stream` is given, else keep it for the report.

    A streamed document is kept without its text and claims, so memory does not grow with them;
    a kept one loses its text unless `keep_text` (renderers that point into files need it). A
    streamed run that needs no findings afterwards (`keep_findings` false: no baseline) keeps only
    the first finding of each severity, which is all the exit code needs: memory stays flat.
    """
    kept: list[DocumentReport] = []
    problems: list[str] = []
    witnessed: set[Severity] = set()
    with _Meter(messages, total) as meter:
        for result in map_documents(items, work, jobs=jobs):
            meter.advance()
            if isinstance(result, InputError):
                problems.append(str(result))
                messages.say(str(result))
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

    def __init__(self, *, quiet: bool = False) -> None:
        self._console: Console | None = None
        self._quiet = quiet

    @property
    def console(self) -> Console:
        """The rich console on stderr, made on first use."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True)
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
        return not self._quiet and self.is_terminal

    def say(self, message: str) -> None:
        """One line on stderr, prefixed with the tool's name."""
        line = f"tradefacts: {message}"
        if self._console is None and not self.is_terminal:
            try:
                sys.stderr.write(line + "\n")
                sys.stderr.flush()
            except (OSError, ValueError, AttributeError):
                pass  # a closed or missing stderr: nowhere to say it
            return
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)


class _Outputs(ExitStack):
    """The files a run writes: each is written under a temporary name in its own folder and
    renamed into place by `commit()`; closing without a commit (a crash, an interrupt, a usage
    error part-way) removes the temporary files, so no output that looks complete is left."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[tuple[Path, Path]] = []

    def temporary(self, path: Path) -> Path:
        """A new temporary file beside `path`, to be renamed to `path` on commit."""
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
    messages.say(str(error))
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
    input_format: InputOpt = InputFormat.AUTO,
    encoding: EncodingOpt = None,
    output_format: FormatOpt = None,
    jobs: JobsOpt = 1,
    id_column: IdColumnOpt = "id",
    zh_column: ZhColumnOpt = "zh",
    en_column: EnColumnOpt = "en",
) -> None:
    """List the numeric claims of each document, in both languages.

    Examples:
      tradefacts extract seeds/
      tradefacts extract corpus.jsonl --format jsonl | jq -c 'select(.lang=="zh")'
    """
    out = _stdout()
    messages = _Messages()
    fmt = _pick_format(output_format, out)
    try:
        if fmt.value not in EXTRACT_RENDERERS:
            raise UsageError(f"extract writes table, json or jsonl, not {fmt.value}")
        columns = Columns(id_column, zh_column, en_column)
        settings = settings_for(paths, zh)
        items = _documents(paths, zh, en, input_format, encoding, settings, columns)
        stream = write_extract_jsonl if fmt is OutputFormat.JSONL else None
        total = _total(paths, zh, messages)
        keep_text = fmt.value not in _TEXT_FREE_FORMATS
        report = _run(
            items,
            extract_document,
            stream,
            out,
            messages,
            jobs=jobs,
            total=total,
            keep_text=keep_text,
            keep_findings=False,
        )
    except TradefactsError as error:
        raise _fail(error, messages) from None
    if stream is None:
        EXTRACT_RENDERERS[fmt.value](report, out)
    out.flush()
    raise typer.Exit(EXIT_ERROR if report.errors else EXIT_OK)


@app.command()
@_guarded
def diff(
    paths: PathsArg = None,
    *,
    zh: ZhOpt = None,
    en: EnOpt = None,
    input_format: InputOpt = InputFormat.AUTO,
    encoding: EncodingOpt = None,
    output_format: FormatOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help="Exit 1 on findings of this severity or worse [error]."),
    ] = None,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings not accepted in this file."),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Accept today's findings: record them in FILE."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to FILE (.parquet: a findings table)."),
    ] = None,
    jobs: JobsOpt = 1,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Run on this Dask scheduler; --output names a folder."),
    ] = None,
    id_column: IdColumnOpt = "id",
    zh_column: ZhColumnOpt = "zh",
    en_column: EnColumnOpt = "en",
    html_all: Annotated[
        bool, typer.Option("--html-all", help="HTML: show documents without findings too.")
    ] = False,
) -> None:
    """Report every figure that the translation gets wrong, drops or adds.

    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage error or an
    input that could not be read. Settings come from [tool.tradefacts] in the nearest
    pyproject.toml; options given here win.

    \b
    Examples, one per format:
      tradefacts diff seeds/ --format table
      tradefacts diff --zh original.txt --en translation.txt --format json
      tradefacts diff corpus.jsonl --format jsonl | jq -c 'select(.type=="magnitude")'
      tradefacts diff seeds/ --format sarif > tradefacts.sarif   # code scanning
      tradefacts diff seeds/ --format github   # annotations in a GitHub Actions log:
        ::error file=seeds/000_6306102e42818231.txt,line=6,col=269,endLine=6,endColumn=280,
        title=Figure off by a power of 10 (magnitude)::'$12 billion' is 10× the original …
      tradefacts diff seeds/ --format html > review.html   # side by side, for an editor
      tradefacts diff project.xlf --fail-on warning   # XLIFF/TMX/PO: pip install tradefacts[cat]
      tradefacts diff seeds/ --write-baseline tradefacts-baseline.json
      tradefacts diff seeds/ --baseline tradefacts-baseline.json   # only new findings
      tradefacts diff corpus.parquet --output findings.parquet --jobs 4   # tradefacts[parquet]
      tradefacts diff corpus/ --scheduler tcp://scheduler:8786 --output findings/  # [dask]
    """
    out = _stdout()
    messages = _Messages()
    columns = Columns(id_column, zh_column, en_column)
    if scheduler is not None:
        dask_run = (paths, scheduler, output, output_format, columns, fail_on)
        raise typer.Exit(_diff_on_dask(*dask_run, messages))
    with _Outputs() as outputs:
        code = _diff(
            paths, zh, en, input_format, encoding, output_format, fail_on, baseline,
            write_baseline, output, jobs, columns, out, messages, outputs, html_all,
        )  # fmt: skip
    raise typer.Exit(code)


def _diff(
    paths: list[str] | None,
    zh: Path | None,
    en: Path | None,
    input_format: InputFormat,
    encoding: str | None,
    output_format: OutputFormat | None,
    fail_on: FailOn | None,
    baseline: Path | None,
    write_baseline: Path | None,
    output: Path | None,
    jobs: int,
    columns: Columns,
    out: TextIO,
    messages: _Messages,
    outputs: _Outputs,
    html_all: bool,
) -> int:
    """The body of `diff`: its exit code; every file it writes is committed only at the end."""
    try:
        settings = settings_for(paths, zh)
        chosen_format = output_format or _setting(OutputFormat, settings.format)
        if chosen_format is None and output is not None and output.suffix == ".parquet":
            chosen_format = OutputFormat.PARQUET
        fmt = _pick_format(chosen_format, out)
        # Recording a baseline reads none, unless --baseline names one: its file may not exist yet.
        accepted = baseline or (settings.baseline if write_baseline is None else None)
        known = read_baseline(accepted) if accepted is not None else None
        items = _documents(paths, zh, en, input_format, encoding, settings, columns)
        stream: Callable[[DocumentReport, TextIO], None] | None = None
        page = None
        if fmt is OutputFormat.JSONL:
            stream = write_diff_jsonl
        elif fmt is OutputFormat.HTML:
            from tradefacts.render.html import HtmlPage  # written as documents come

            page = HtmlPage(include_clean=html_all)
            stream = page.write
        out, stream = _open_output(outputs, output, fmt, out, stream, [*(paths or []), zh, en])
        if stream is not None and known is not None:
            stream = suppressing(stream, known.fingerprints)
        total = _total(paths, zh, messages)
        keep_text = fmt.value not in _TEXT_FREE_FORMATS
        report = _run(
            items,
            check_document,
            stream,
            out,
            messages,
            jobs=jobs,
            total=total,
            keep_text=keep_text,
            keep_findings=known is not None or write_baseline is not None,
        )
        if write_baseline is not None:
            _write_baseline(report, write_baseline, outputs, messages)
    except TradefactsError as error:
        raise _fail(error, messages) from None
    if known is not None:
        report, stale = apply_baseline(report, known)
        note = stale_message(known, stale)
        if note:
            messages.say(note)
    if page is not None:
        page.finish(report.errors, out)
    elif stream is None:
        DIFF_RENDERERS[fmt.value](report, out)
    out.flush()
    outputs.commit()
    if report.errors:
        return EXIT_ERROR
    if write_baseline is not None:
        return EXIT_OK  # every finding of today is now accepted
    chosen = fail_on or _setting(FailOn, settings.fail_on) or FailOn.ERROR
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
        Path, typer.Option("--output", "-o", help="Where the kept pairs go (.parquet or .jsonl).")
    ],
    drop: Annotated[
        Drop, typer.Option("--drop", help="Drop pairs with findings of this severity or worse.")
    ] = Drop.ERROR,
    rejected: Annotated[
        Path | None,
        typer.Option("--rejected", help="Also write the dropped pairs, with their findings, here."),
    ] = None,
    input_format: InputOpt = InputFormat.AUTO,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = 1,
    id_column: IdColumnOpt = "id",
    zh_column: ZhColumnOpt = "zh",
    en_column: EnColumnOpt = "en",
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
    messages = _Messages()
    columns = Columns(id_column, zh_column, en_column, others=True)
    kept = seen = 0
    with _Outputs() as outputs:
        try:
            _refuse_inputs(output, paths or [])
            if rejected is not None:
                _refuse_inputs(rejected, [*(paths or []), output])
            settings = settings_for(paths, None)
            items = _documents(paths, None, None, input_format, encoding, settings, columns)
            names = (id_column, zh_column, en_column)
            write = _pairs_writer(outputs, output, names, paths or [], None)
            assert write is not None  # --output is required
            reject = _pairs_writer(outputs, rejected, names, paths or [], Severity(drop.value))

            def keep(report: DocumentReport, _: TextIO) -> None:
                nonlocal kept, seen
                seen += 1
                if is_clean(report, Severity(drop.value)):
                    kept += 1
                    write(report)
                elif reject is not None:
                    reject(report)

            total = _total(paths, None, messages)
            report = _run(
                items, check_document, keep, out, messages, jobs=jobs, total=total,
                keep_findings=False,
            )  # fmt: skip
            # Closing may still fail (a Parquet writer's last row group may refuse a record).
            outputs.commit()
        except TradefactsError as error:
            raise _fail(error, messages) from None
    messages.say(f"{output}: kept {kept} of {seen} pairs")
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


def _refuse_inputs(output: Path, inputs: Sequence[str | Path | None]) -> None:
    """An output file is never an input, nor inside an input folder (it would be read back)."""
    target = output.resolve()
    for item in inputs:
        if item is None or str(item) == "-":
            continue
        source = Path(item).resolve()
        if target == source or source in target.parents:
            raise UsageError(f"{output}: is an input or inside an input folder; write elsewhere")


def _open_output(
    outputs: _Outputs,
    path: Path | None,
    fmt: OutputFormat,
    out: TextIO,
    stream: Callable[[DocumentReport, TextIO], None] | None,
    inputs: Sequence[str | Path | None],
) -> tuple[TextIO, Callable[[DocumentReport, TextIO], None] | None]:
    """`--output`: a text file for the text formats, a findings table for parquet."""
    if path is None:
        if fmt is OutputFormat.PARQUET:
            raise UsageError("--format parquet writes a file: add --output FILE.parquet")
        return out, stream
    _refuse_inputs(path, inputs)
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
        messages.say(problem)
    messages.say(
        f"{output}: {len(summary.parts)} parts, {summary.documents} documents, "
        f"{summary.findings} findings"
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
    messages.say(f"{path}: recorded {count} findings as accepted")


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
