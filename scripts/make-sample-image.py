#!/usr/bin/env python3
"""Draws resources/sample.png: a simple app mock-up to review (no dependencies)."""
import struct
import sys
import zlib

W, H = 1200, 800
BG = (246, 247, 250)
px = [list(BG) * W for _ in range(H)]


def rect(x0, y0, x1, y1, color):
    for y in range(max(0, y0), min(H, y1)):
        row = px[y]
        for x in range(max(0, x0), min(W, x1)):
            row[3 * x:3 * x + 3] = color


rect(0, 0, W, 64, (38, 50, 74))            # title bar
rect(24, 20, 180, 44, (92, 124, 250))      # logo
for i in range(4):                          # menu items
    rect(700 + i * 120, 26, 790 + i * 120, 38, (170, 180, 200))
rect(0, 64, 240, H, (228, 232, 240))       # sidebar
for i in range(8):
    rect(24, 100 + i * 56, 200, 124 + i * 56, (200, 206, 218))
for c in range(3):                          # cards
    for r in range(2):
        x0, y0 = 280 + c * 300, 110 + r * 320
        rect(x0, y0, x0 + 270, y0 + 290, (255, 255, 255))
        rect(x0, y0, x0 + 270, y0 + 150, (200 - 40 * c, 210, 160 + 30 * r))
        rect(x0 + 20, y0 + 175, x0 + 230, y0 + 190, (120, 130, 150))
        rect(x0 + 20, y0 + 205, x0 + 180, y0 + 217, (180, 186, 200))
        rect(x0 + 20, y0 + 240, x0 + 120, y0 + 272, (92, 124, 250))   # button
raw = b"".join(b"\x00" + bytes(row) for row in px)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
with open(sys.argv[1] if len(sys.argv) > 1 else "resources/sample.png", "wb") as f:
    f.write(png)
