"""An Agg canvas that keeps its renderer and its rendered text between charts.

Most of a chart's drawing time went on text: laying out and rasterising the same
weekday names, legend words and tick labels, glyph by glyph, for every picture, on a
fresh renderer whose caches started empty each time. Every chart of one layout has the
same size, so one renderer per size (per thread: matplotlib's fonts are per thread) is
kept and cleared between pictures, and it remembers each string's glyph layout and
each glyph's bitmap at its exact sub-pixel offset. A glyph at the same offset is the
same pixels, so the PNG is identical to an uncached one; only the work is skipped.

The glyph cache uses matplotlib's own text path (3.10 and later); on an older
matplotlib, or for rotated or mathematical text, drawing falls back to the library's.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties

GLYPHS_KEPT = 20_000
"""A few thousand glyph bitmaps cover every chart; the bound only guards against drift."""


def _hinting() -> Any:
    return get_hinting_flag()  # type: ignore[no-untyped-call]


_IDENTITY = np.array([[0x10000, 0], [0, 0x10000]])
_local = threading.local()

try:
    from matplotlib.ft2font import RenderMode

    _FAST_TEXT = all(
        hasattr(RendererAgg, name) for name in ("_prepare_font", "_draw_text_glyphs_and_boxes")
    )
except ImportError:  # matplotlib before 3.10
    _FAST_TEXT = False


class KeptRenderer(RendererAgg):
    """RendererAgg with a memory for text layouts and glyph bitmaps."""

    def __init__(self, width: float, height: float, dpi: float) -> None:
        super().__init__(width, height, dpi)  # type: ignore[no-untyped-call]
        self._layouts: dict[tuple[Any, ...], list[Any]] = {}
        self._glyphs: dict[tuple[Any, ...], tuple[Any, int, int]] = {}

    def draw_text(
        self,
        gc: Any,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if not _FAST_TEXT or ismath or angle:
            super().draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)  # type: ignore[no-untyped-call]
            return
        antialiased = bool(gc.get_antialiased())
        height = self.height
        for item in self._layout(s, prop, mtext):
            across = round(0x40 * (x + item.x))
            up = round(0x40 * (height - y + item.y))
            size = prop.get_size_in_points()
            bitmap, left, top = self._glyph(item, size, across & 63, up & 63, antialiased)
            self._renderer.draw_text_image(
                bitmap, left + (across >> 6), int(height) - top - (up >> 6) + bitmap.shape[0], 0, gc
            )

    def _layout(self, s: str, prop: FontProperties, mtext: Any) -> list[Any]:
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        key = (s, prop.copy(), features, language)
        items = self._layouts.get(key)
        if items is None:
            font = self._prepare_font(prop)  # type: ignore[no-untyped-call]
            items = list(font._layout(s, flags=_hinting(), features=features, language=language))
            self._layouts[key] = items
        return items

    def _glyph(
        self, item: Any, size: float, across: int, up: int, antialiased: bool
    ) -> tuple[Any, int, int]:
        """The glyph's bitmap drawn at a sub-pixel offset, and its corner from the origin."""
        key = (item.ft_object, size, item.glyph_index, across, up, antialiased)
        kept = self._glyphs.get(key)
        if kept is None:
            if len(self._glyphs) >= GLYPHS_KEPT:
                self._glyphs.clear()
            font = item.ft_object
            font.set_size(size, self.dpi)
            font._set_transform(_IDENTITY, [across, up])
            mode = RenderMode.NORMAL if antialiased else RenderMode.MONO
            rendered = font._render_glyph(item.glyph_index, _hinting(), mode)
            bitmap = np.array(rendered.buffer, copy=True)
            if not antialiased:
                bitmap *= 0xFF
            kept = self._glyphs[key] = (bitmap, rendered.left, rendered.top)
        return kept


class KeptCanvas(FigureCanvasAgg):
    """Draws with this thread's kept renderer for the figure's size."""

    def get_renderer(self) -> RendererAgg:
        width, height = self.figure.bbox.size
        key = (width, height, self.figure.dpi)
        kept: dict[tuple[float, float, float], KeptRenderer] = _local.__dict__.setdefault(
            "renderers", {}
        )
        renderer = kept.get(key)
        if renderer is None:
            renderer = kept[key] = KeptRenderer(width, height, self.figure.dpi)
        self.renderer = renderer
        self._lastKey = key  # type: ignore[assignment]
        return renderer
