"""Spreadsheet files (XLSX, and CSV next to them) as tables of text: a header row, then rows.

Editors keep the trades, offices and answers in the spreadsheet program they know; these
files come back through the same imports as CSV files. Every cell is read and written as
text: a phone number keeps its leading 0, a date is written YYYY-MM-DD, and the imports'
own checks decide what a text means.
"""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError, InvalidFileException

CSV_SUFFIX = ".csv"
XLSX_SUFFIX = ".xlsx"
TABLE_SUFFIXES = (CSV_SUFFIX, XLSX_SUFFIX)
# An XLSX file is a zip archive: an upload of a few hundred kilobytes must not unpack into
# gigabytes (a "zip bomb"). The registry's lists take a few megabytes at most once unpacked.
MAX_UNPACKED_BYTES = 50_000_000
_TEXT_FORMAT = "@"  # the spreadsheet's "Text" format: a typed 0522… stays 0522…
_WIDEST_COLUMN = 60


class SpreadsheetError(ValueError):
    """A file that cannot be read or written as a table; the message names the file, row and column."""


@dataclass
class Table:
    """A file's header (names stripped, in lower case) and its rows, each with its row number."""

    header: list[str]
    rows: list[tuple[int, list[str]]]  # (the row as the spreadsheet numbers it, the header's row is 1; cells)

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """The rows as {column: stripped text}, blank rows left out."""
        found = []
        for number, cells in self.rows:
            values = {
                name: (cells[i] if i < len(cells) else "").strip() for i, name in enumerate(self.header)
            }
            if any(values.values()):
                found.append((number, values))
        return found


def cell_text(value: Any) -> str:
    """A cell's value as the text an editor sees: dates as YYYY-MM-DD, whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- reading -----------------------------------------------------------------------------


def read_table(path: Path) -> Table:
    """The table of a CSV or XLSX file (by extension); SpreadsheetError when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == XLSX_SUFFIX:
        return read_xlsx(path)
    if suffix == CSV_SUFFIX:
        return read_csv(path)
    raise SpreadsheetError(f"{path.name}: not a CSV (.csv) or XLSX (.xlsx) file")


def read_csv(path: Path) -> Table:
    """The table of a UTF-8 CSV file (with or without the BOM spreadsheets write)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip().lower() for name in next(reader, [])]
            rows = []
            for cells in reader:
                rows.append((reader.line_num, cells))
                if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
                    raise SpreadsheetError(f"{path.name}: row {reader.line_num}: more fields than columns")
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SpreadsheetError(f"{path.name}: cannot read the file ({error})") from None
    return Table(header, rows)


def read_xlsx(path: Path) -> Table:
    """The table of the first sheet of an XLSX file; its first row is the header.

    A formula or an error cell (#N/A) is refused, naming its row and column: the file must
    hold what the editor means, not a calculation that this reader would not redo.
    """
    path = Path(path)
    _check_archive(path)
    try:
        workbook = load_workbook(path, read_only=False, data_only=False)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, InvalidFileException) as error:
        raise SpreadsheetError(f"{path.name}: cannot read the file as XLSX ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        grid = sheet.iter_rows()
        first = next(grid, ())
        names = [cell_text(cell.value).strip().lower() for cell in first]
        while names and not names[-1]:
            names.pop()
        for index, name in enumerate(names, start=1):
            if not name:
                raise SpreadsheetError(f"{path.name}: row 1: column {get_column_letter(index)} has no name")
        rows = []
        for cells in grid:
            number = cells[0].row if cells else len(rows) + 2
            texts = [_cell(path, cell, names) for cell in cells]
            while texts and not texts[-1].strip():
                texts.pop()
            if len(texts) > len(names):
                raise SpreadsheetError(f"{path.name}: row {number}: more fields than columns")
            rows.append((number, texts))
        return Table(names, rows)
    finally:
        workbook.close()


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (OSError, zipfile.BadZipFile) as error:
        raise SpreadsheetError(f"{path.name}: cannot read the file as XLSX ({error})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(f"{path.name}: the file unpacks to more than {MAX_UNPACKED_BYTES} bytes")


def _cell(path: Path, cell: Any, names: Sequence[str]) -> str:
    if cell.data_type in ("f", "e"):
        index = cell.column - 1
        column = names[index] if index < len(names) else get_column_letter(cell.column)
        what = "a formula" if cell.data_type == "f" else f"the error {cell.value}"
        raise SpreadsheetError(f"{path.name}: row {cell.row}: {column}: holds {what}; type the value itself")
    return cell_text(cell.value)


# --- writing -----------------------------------------------------------------------------


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write a CSV or XLSX file (by extension) of ``header`` and ``rows``, every cell as text."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == XLSX_SUFFIX:
        write_xlsx(path, header, rows)
    elif suffix == CSV_SUFFIX:
        write_csv(path, header, rows)
    else:
        raise SpreadsheetError(f"{path.name}: not a CSV (.csv) or XLSX (.xlsx) file")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A UTF-8 CSV file; with a BOM, spreadsheets open the Arabic texts as UTF-8."""
    path = Path(path)
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow([cell_text(value) for value in row])
    except OSError as error:
        raise SpreadsheetError(f"{path.name}: cannot write the file ({error})") from None


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """An XLSX file of one sheet: the header in bold and frozen, every cell a text cell."""
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    widths = [len(name) for name in header]
    for column, name in enumerate(header, start=1):
        sheet.cell(row=1, column=column, value=name).font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            text = cell_text(value)
            try:
                cell = sheet.cell(row=number, column=column, value=text)
            except IllegalCharacterError:
                raise SpreadsheetError(
                    f"{path.name}: row {number}: {header[column - 1]}: holds a character XLSX cannot store"
                ) from None
            # openpyxl takes a text starting with "=" for a formula; it is the editor's text.
            cell.data_type = "s"
            cell.number_format = _TEXT_FORMAT
            if column <= len(widths):
                widths[column - 1] = max(
                    widths[column - 1], max((len(line) for line in text.split("\n")), default=0)
                )
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, _WIDEST_COLUMN)
    sheet.freeze_panes = "A2"
    try:
        workbook.save(path)
    except OSError as error:
        raise SpreadsheetError(f"{path.name}: cannot write the file ({error})") from None
