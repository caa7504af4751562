"""A QR code's modules (reportlab ships the encoder): the device id the network dialog shows
for HQ to read with a phone or a scanner instead of typing 56 characters."""
from __future__ import annotations


def qr_modules(text: str) -> list[list[bool]]:
    """Rows of dark (True) and light modules, smallest version that holds text (level M)."""
    from reportlab.graphics.barcode import qrencoder as q
    for version in range(1, 41):
        code = q.QRCode(version, q.QRErrorCorrectLevel.M)
        code.addData(text)
        try:
            code.make()
        except Exception:
            continue
        n = code.getModuleCount()
        return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]
    raise ValueError("text too long for a QR code")
