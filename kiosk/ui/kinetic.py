"""Drag and flick scrolling: a finger moves a list the way it moves one on a phone.

Qt's QScroller turns a press-and-drag anywhere on a scroll area into scrolling, with a flick
that carries on and slows down; a tap that does not move still presses the button under
the finger. Overshoot is switched off: a widget list that bounces reads as broken.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

_METRIC = QScrollerProperties.ScrollMetric
_OFF = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff


def kinetic(area: QAbstractScrollArea) -> QScroller:
    """Make ``area`` scroll by dragging with a finger (or the mouse, which a touch screen sends)."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(_METRIC.HorizontalOvershootPolicy, _OFF)
    properties.setScrollMetric(_METRIC.VerticalOvershootPolicy, _OFF)
    properties.setScrollMetric(_METRIC.OvershootDragResistanceFactor, 0)
    properties.setScrollMetric(_METRIC.DragStartDistance, 0.004)  # 4 mm: a shaky tap is still a tap
    properties.setScrollMetric(_METRIC.MousePressEventDelay, 0)  # a tap presses at once; a drag cancels it
    scroller.setScrollerProperties(properties)
    return scroller
