"""Printers built from settings: thermal ESC/POS printers, a PDF folder, the system printer.

Each printer turns a ``Document`` into output on its medium and reports every failure as a
``PrinterError`` with a kind (offline, paper out, timeout, write error), so the queue can keep
the job and the shopper can be sent to staff. Network printers are asked for their status with
DLE EOT before and after the job (python-escpos ``query_status``, the call behind
``is_online()``/``paper_status()``): before, so an empty printer is reported instead of
swallowing the slip; after, so a printer that hung up or ran dry mid-job is not counted as
printed just because the bytes fitted in a socket buffer.
"""

from __future__ import annotations

import os
import socket
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Protocol

from escpos.constants import RT_MASK_LOWPAPER, RT_MASK_NOPAPER, RT_MASK_ONLINE, RT_STATUS_ONLINE, RT_STATUS_PAPER
from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from escpos.exceptions import Error as EscposError

from kiosk.atomic_file import write_atomically
from kiosk.printing.document import Document
from kiosk.printing.errors import PrinterError, PrinterErrorKind
from kiosk.printing.escpos_render import ReceiptFormat, render_escpos
from kiosk.printing.pdf_render import render_pdf
from kiosk.printing.settings import PrinterKind, PrinterSettings, parse_printers

SystemPrint = Callable[[bytes, str, int], None]
"""Sends PDF bytes to a system print queue ("" = default queue) with a copy count; raises
``PrinterError``. Provided by the UI layer (Qt print support), so printing stays Qt-free."""


@dataclass(frozen=True)
class PrintOutcome:
    output_path: str | None = None


@dataclass(frozen=True)
class PrinterStatus:
    ready: bool
    message: str
    kind: PrinterErrorKind | None = None


class Printer(Protocol):
    settings: PrinterSettings

    def print_document(self, document: Document) -> PrintOutcome:
        """Print or save; raises ``PrinterError`` and nothing else."""
        ...

    def check(self) -> PrinterStatus:
        """Ask whether the printer could print now; never raises."""
        ...

    def open_drawer(self) -> None:
        """Kick the cash drawer wired to this printer; raises ``PrinterError`` (kind CONFIG when it has none)."""
        ...


class EscposPrinter:
    """A thermal printer on the network, USB, a serial port or a device file."""

    def __init__(self, settings: PrinterSettings, connect: Callable[[], Escpos] | None = None) -> None:
        self.settings = settings
        self._connect = connect or (lambda: open_escpos_device(settings))
        self.format = ReceiptFormat.for_paper(settings.paper_width_mm, settings.profile)
        if settings.columns:
            self.format = ReceiptFormat(columns=settings.columns, profile=settings.profile,
                                        paper_width_mm=settings.paper_width_mm)

    def render(self, document: Document) -> bytes:
        return render_escpos(document, self.format) * self.settings.copies

    def print_document(self, document: Document) -> PrintOutcome:
        try:
            data = self.render(document)
        except Exception as exc:  # a document the renderer cannot draw is not a printer fault
            raise PrinterError(PrinterErrorKind.DOCUMENT, f"The document could not be prepared: {exc}", self.settings.name) from exc
        self.send(data)
        return PrintOutcome()

    def send(self, data: bytes) -> None:
        with self._session() as device:
            if self.settings.queries_status:
                self._require_ready(device, sent=False)
            device._raw(data)  # every 3.x driver's write primitive; there is no public one for bytes
            if self.settings.queries_status:
                self._require_ready(device, sent=True)

    def open_drawer(self) -> None:
        """The drawer kick pulse on connector pin 2 (ESC p 0), the pin most drawers are wired to."""
        with self._session() as device:
            device.cashdraw(2)

    def check(self) -> PrinterStatus:
        try:
            with self._session() as device:
                if not self.settings.queries_status:
                    return PrinterStatus(True, "Connected (this printer is not asked for its status).")
                low = self._require_ready(device, sent=False)
        except PrinterError as error:
            return PrinterStatus(False, error.message, error.kind)
        return PrinterStatus(True, "Ready, paper is running low." if low else "Ready.")

    @contextmanager
    def _session(self) -> Iterator[Escpos]:
        device: Escpos | None = None
        try:
            device = self._connect()
            device.open()
            yield device
        except PrinterError as error:
            raise error.for_printer(self.settings.name) from None
        except Exception as exc:
            raise translate_error(exc, self.settings) from exc
        finally:
            if device is not None:
                _close_quietly(device)

    def _require_ready(self, device: Escpos, *, sent: bool) -> bool:
        """Raise unless online with paper; True when the paper is nearly out."""
        online = _status_byte(device, RT_STATUS_ONLINE, sent)
        if online & RT_MASK_ONLINE:
            raise PrinterError(PrinterErrorKind.OFFLINE, "The printer is offline (cover open or an error).")
        paper = _status_byte(device, RT_STATUS_PAPER, sent)
        if paper & RT_MASK_NOPAPER == RT_MASK_NOPAPER:
            raise PrinterError(PrinterErrorKind.PAPER_OUT, "The printer is out of paper.")
        return bool(paper & RT_MASK_LOWPAPER == RT_MASK_LOWPAPER)


def _status_byte(device: Escpos, query: bytes, sent: bool) -> int:
    reply = device.query_status(query)
    if not reply:
        if sent:
            raise PrinterError(PrinterErrorKind.WRITE_ERROR, "The printer closed the connection before the job was finished.")
        raise PrinterError(PrinterErrorKind.OFFLINE, "The printer did not report its status (connection closed).")
    return int(reply[-1])


def _close_quietly(device: Escpos) -> None:
    try:
        device.close()
    except Exception:  # closing a dead connection must not hide the real error
        pass


def open_escpos_device(settings: PrinterSettings) -> Escpos:
    """The python-escpos driver for the settings' connection (not yet opened)."""
    from escpos import printer as drivers

    kind = settings.kind
    if kind is PrinterKind.NETWORK:
        return drivers.Network(settings.host, settings.port, timeout=settings.timeout)
    if kind is PrinterKind.FILE:
        return drivers.File(settings.path)
    if kind is PrinterKind.USB:
        _require_usable(drivers.Usb, "USB", "pyusb", settings)
        return drivers.Usb(settings.vendor_id, settings.product_id, timeout=int(settings.timeout * 1000))
    if kind is PrinterKind.SERIAL:
        _require_usable(drivers.Serial, "serial", "pyserial", settings)
        return drivers.Serial(settings.device, settings.baudrate, timeout=settings.timeout)
    raise PrinterError(PrinterErrorKind.CONFIG, f"{kind.value} is not an ESC/POS printer kind", settings.name)


def _require_usable(driver: Any, what: str, package: str, settings: PrinterSettings) -> None:
    if not driver.is_usable():
        message = f"{what} printers need the {package} package (pip install 'python-escpos[{what.lower()}]')."
        raise PrinterError(PrinterErrorKind.CONFIG, message, settings.name)


def translate_error(exc: BaseException, settings: PrinterSettings) -> PrinterError:
    """Driver and socket exceptions in the words staff need."""
    name = settings.name
    # pyusb (USBTimeoutError) and pyserial (SerialTimeoutException) have their own timeout
    # classes; matching by name keeps both packages optional.
    if isinstance(exc, (socket.timeout, TimeoutError)) or "Timeout" in type(exc).__name__:
        return PrinterError(PrinterErrorKind.TIMEOUT, f"The printer did not answer within {settings.timeout:g} s.", name)
    if isinstance(exc, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)):
        return PrinterError(PrinterErrorKind.WRITE_ERROR, "The printer closed the connection before the job was finished.", name)
    if isinstance(exc, (DeviceNotFoundError, ConnectionRefusedError)):
        return PrinterError(PrinterErrorKind.OFFLINE, f"The printer cannot be reached ({settings.describe()}).", name)
    if isinstance(exc, OSError):
        return PrinterError(PrinterErrorKind.WRITE_ERROR, f"Sending to the printer failed: {exc.strerror or exc}.", name)
    if isinstance(exc, EscposError):
        return PrinterError(PrinterErrorKind.WRITE_ERROR, f"The printer driver failed: {exc}.", name)
    if isinstance(exc, NotImplementedError):
        return PrinterError(PrinterErrorKind.CONFIG, "This connection cannot report printer status; set status_query = false.", name)
    return PrinterError(PrinterErrorKind.WRITE_ERROR, f"Printing failed: {exc!r}.", name)


class PdfFolderPrinter:
    """Saves each job as a PDF in a folder (a label printer's hot folder, or for staff)."""

    def __init__(self, settings: PrinterSettings) -> None:
        self.settings = settings
        self.folder = Path(settings.directory)

    def print_document(self, document: Document) -> PrintOutcome:
        pdf = _render_pdf(document, self.settings)
        path = self.folder / _file_name(document)
        try:
            write_atomically(path, pdf)
        except OSError as exc:
            raise PrinterError(PrinterErrorKind.WRITE_ERROR, f"Could not save the PDF in {self.folder}: {exc.strerror or exc}.", self.settings.name) from exc
        return PrintOutcome(str(path))

    def check(self) -> PrinterStatus:
        """Ready when the folder exists (or can be made, as printing would) and is writable."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return PrinterStatus(False, f"The folder {self.folder} cannot be created: {exc.strerror or exc}.", PrinterErrorKind.WRITE_ERROR)
        if not os.access(self.folder, os.W_OK):
            return PrinterStatus(False, f"The folder {self.folder} is not writable.", PrinterErrorKind.WRITE_ERROR)
        return PrinterStatus(True, f"PDFs are saved in {self.folder}.")

    def open_drawer(self) -> None:
        raise no_drawer(self.settings)


class SystemPrinter:
    """A printer the operating system knows, reached through the UI's Qt print support."""

    def __init__(self, settings: PrinterSettings, submit: SystemPrint | None) -> None:
        self.settings = settings
        self._submit = submit

    def print_document(self, document: Document) -> PrintOutcome:
        if self._submit is None:
            raise PrinterError(PrinterErrorKind.CONFIG, "System printing is not available in this program.", self.settings.name)
        pdf = _render_pdf(document, self.settings)
        try:
            self._submit(pdf, self.settings.queue, self.settings.copies)
        except PrinterError as error:
            raise error.for_printer(self.settings.name) from None
        except Exception as exc:
            raise PrinterError(PrinterErrorKind.WRITE_ERROR, f"The system printer failed: {exc}.", self.settings.name) from exc
        return PrintOutcome()

    def check(self) -> PrinterStatus:
        if self._submit is None:
            return PrinterStatus(False, "System printing is not available in this program.", PrinterErrorKind.CONFIG)
        return PrinterStatus(True, f"Jobs go to {self.settings.queue or 'the default system printer'}.")

    def open_drawer(self) -> None:
        raise no_drawer(self.settings)


def no_drawer(settings: PrinterSettings) -> PrinterError:
    return PrinterError(PrinterErrorKind.CONFIG, "This printer has no cash drawer: open the drawer by hand.",
                        settings.name)


def _render_pdf(document: Document, settings: PrinterSettings) -> bytes:
    try:
        return render_pdf(document, settings.page_size)
    except Exception as exc:
        raise PrinterError(PrinterErrorKind.DOCUMENT, f"The document could not be prepared: {exc}", settings.name) from exc


def _file_name(document: Document) -> str:
    reference = "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in document.reference) or "document"
    return f"{reference}-{document.kind.value}-{uuid.uuid4().hex[:8]}.pdf"


def build_printer(settings: PrinterSettings, *, system_print: SystemPrint | None = None) -> Printer:
    if settings.escpos:
        return EscposPrinter(settings)
    if settings.kind is PrinterKind.PDF:
        return PdfFolderPrinter(settings)
    return SystemPrinter(settings, system_print)


def build_printers(tables: Mapping[str, Mapping[str, Any]], *, system_print: SystemPrint | None = None) -> dict[str, Printer]:
    """Printers from the profile's ``[printers.*]`` tables; raises ``PrinterSettingsError``."""
    return {name: build_printer(s, system_print=system_print) for name, s in parse_printers(tables).items()}
