"""The command line: options → pipeline → renderer → exit code.

Stage: the thin shell around the pure core. The only module that reads argv, the environment and
terminals, writes stdout/stderr and decides exit codes: 0 nothing at or above `--fail-on`, 1
findings at or above it, 2 a usage error or any input that could not be read (2 wins over 1).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO, TypeVar

import typer
from rich.console import Console

from tradefacts import __version__
from tradefacts.baseline import apply_baseline, read_baseline, stale_message, suppressing
from tradefacts.baseline import write_baseline as write_baseline_file
from tradefacts.config import Settings, settings_for
from tradefacts.errors import InputError, TradefactsError, UsageError
from tradefacts.model import SEVERITY_RANK, Document, DocumentReport, Report, Severity
from tradefacts.pipeline import check_document, extract_document
from tradefacts.readers import read_documents, read_pair
from tradefacts.render import DIFF_RENDERERS, EXTRACT_RENDERERS
from tradefacts.render.jsonout import write_diff_jsonl, write_extract_jsonl

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
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


class FailOn(StrEnum):
    """The lowest severity that makes `diff` exit 1."""

    ERROR = "error"
    WARNING = "warning"
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


def _documents(
    paths: list[str] | None,
    zh: Path | None,
    en: Path | None,
    input_format: InputFormat,
    encoding: str | None,
    settings: Settings,
) -> Iterator[Document | InputError]:
    if (zh is None) != (en is None):
        raise UsageError("--zh and --en go together: give both files")
    if zh is not None and en is not None:
        try:
            yield read_pair(zh, en, encoding)
        except InputError as error:
            yield error
    if not paths and zh is None:
        raise UsageError("nothing to check: give a PATH, - for stdin, or --zh FILE --en FILE")
    yield from read_documents(
        settings.named(paths or []),
        input_format=input_format.value,
        encoding=encoding or settings.encoding,
        select=settings.selects,
    )


def _pick_format(chosen: OutputFormat | None, out: TextIO) -> OutputFormat:
    if chosen is not None:
        return chosen
    return OutputFormat.TABLE if out.isatty() else OutputFormat.JSON


def _run(
    items: Iterator[Document | InputError],
    work: Callable[[Document], DocumentReport],
    stream: Callable[[DocumentReport, TextIO], None] | None,
    out: TextIO,
    errors: Console,
) -> Report:
    """Process every document; stream it when `stream` is given, else keep it for the report."""
    kept: list[DocumentReport] = []
    problems: list[str] = []
    for item in items:
        if isinstance(item, InputError):
            problems.append(str(item))
            errors.print(f"tradefacts: {item}", markup=False, highlight=False, soft_wrap=True)
            continue
        try:
            result = work(item)
        except InputError as error:
            problems.append(str(error))
            errors.print(f"tradefacts: {error}", markup=False, highlight=False, soft_wrap=True)
            continue
        if stream is not None:
            stream(result, out)
            kept.append(
                DocumentReport(
                    document=result.document, zh_claims=(), en_claims=(), findings=result.findings
                )
            )
        else:
            kept.append(result)
    return Report(documents=tuple(kept), errors=tuple(problems))


def _stdout() -> TextIO:
    stream = sys.stdout
    if not stream.isatty() and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    return stream


def _fail(message: str, errors: Console) -> typer.Exit:
    errors.print(f"tradefacts: {message}", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_ERROR)


@app.command()
def extract(
    paths: PathsArg = None,
    *,
    zh: ZhOpt = None,
    en: EnOpt = None,
    input_format: InputOpt = InputFormat.AUTO,
    encoding: EncodingOpt = None,
    output_format: FormatOpt = None,
) -> None:
    """List the numeric claims of each document, in both languages.

    Examples:
      tradefacts extract seeds/
      tradefacts extract corpus.jsonl --format jsonl | jq -c 'select(.lang=="zh")'
    """
    out = _stdout()
    errors = Console(stderr=True)
    fmt = _pick_format(output_format, out)
    try:
        if fmt.value not in EXTRACT_RENDERERS:
            raise UsageError(f"extract writes table, json or jsonl, not {fmt.value}")
        items = _documents(paths, zh, en, input_format, encoding, settings_for(paths, zh))
        stream = write_extract_jsonl if fmt is OutputFormat.JSONL else None
        report = _run(items, extract_document, stream, out, errors)
    except TradefactsError as error:
        raise _fail(str(error), errors) from None
    if stream is None:
        EXTRACT_RENDERERS[fmt.value](report, out)
    out.flush()
    raise typer.Exit(EXIT_ERROR if report.errors else EXIT_OK)


@app.command()
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
    """
    out = _stdout()
    errors = Console(stderr=True)
    try:
        settings = settings_for(paths, zh)
        fmt = _pick_format(output_format or _setting(OutputFormat, settings.format), out)
        # Recording a baseline reads none, unless --baseline names one: its file may not exist yet.
        accepted = baseline or (settings.baseline if write_baseline is None else None)
        known = read_baseline(accepted) if accepted is not None else None
        items = _documents(paths, zh, en, input_format, encoding, settings)
        stream: Callable[[DocumentReport, TextIO], None] | None = None
        if fmt is OutputFormat.JSONL:
            stream = write_diff_jsonl
        if stream is not None and known is not None:
            stream = suppressing(stream, known.fingerprints)
        report = _run(items, check_document, stream, out, errors)
    except TradefactsError as error:
        raise _fail(str(error), errors) from None
    if write_baseline is not None:
        _write_baseline(report, write_baseline, errors)
    if known is not None:
        report, stale = apply_baseline(report, known)
        note = stale_message(known, stale)
        if note:
            errors.print(f"tradefacts: {note}", markup=False, highlight=False, soft_wrap=True)
    if stream is None:
        DIFF_RENDERERS[fmt.value](report, out)
    out.flush()
    if report.errors:
        raise typer.Exit(EXIT_ERROR)
    if write_baseline is not None:
        raise typer.Exit(EXIT_OK)  # every finding of today is now accepted
    chosen = fail_on or _setting(FailOn, settings.fail_on) or FailOn.ERROR
    raise typer.Exit(_exit_code(report, chosen))


_E = TypeVar("_E", bound=StrEnum)


def _setting(enum: type[_E], value: str | None) -> _E | None:
    return None if value is None else enum(value)


def _write_baseline(report: Report, path: Path, errors: Console) -> None:
    try:
        with path.open("w", encoding="utf-8", newline="\n") as handle:
            write_baseline_file(report, handle)
    except OSError as exc:
        raise _fail(f"{path}: cannot write the baseline ({exc.strerror or exc})", errors) from None
    count = sum(len(d.findings) for d in report.documents)
    errors.print(
        f"tradefacts: {path}: recorded {count} findings as accepted",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


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
    """Entry point: run the app; a closed pipe exits quietly and Ctrl-C exits 130."""
    try:
        app(standalone_mode=True)
    except BrokenPipeError:
        # `tradefacts diff … | head`: the reader left; say nothing and do not flush into it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        print("tradefacts: interrupted", file=sys.stderr)
        sys.exit(EXIT_INTERRUPTED)
