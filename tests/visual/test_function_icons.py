"""The play/pause button's icon reads on every theme: drawn in the button's text colour."""

from __future__ import annotations

import numpy as np
import pytest

from tests.visual import pixels
from tests.visual.layout_helpers import open_window


@pytest.mark.parametrize("theme_name", ["dark", "light"])
@pytest.mark.parametrize("playing", [False, True], ids=["play", "pause"])
def test_the_play_icon_contrasts_with_its_button(qtbot, theme_name, playing):
    win = open_window(qtbot, (1280, 800), theme_name, "normal")
    button = win.param_panel.play_button
    if playing:
        win.param_panel.toggle_animation()
    try:
        qtbot.wait(20)
        img = pixels.to_array(button.grab().toImage())[..., :3].astype(float)
    finally:
        if playing:
            win.param_panel.toggle_animation()
    h, w = img.shape[:2]
    side = button.iconSize().height()
    inner = img[(h - side) // 2 : (h + side) // 2, (w - side) // 2 : (w + side) // 2]
    background = np.median(img[1:3, :].reshape(-1, 3), axis=0)  # the button's face, at its top
    text = pixels.hex_rgb(button.palette().color(button.palette().ColorRole.ButtonText).name())
    # The glyph: pixels far from the button's face. There are some, and they are text-coloured.
    far = np.linalg.norm(inner - background, axis=-1) > 80
    assert far.sum() >= 0.05 * side * side, "the icon does not stand out from its button"
    assert np.median(np.linalg.norm(inner[far] - text, axis=-1)) < 60
