import os
import sys
from pathlib import Path

# Headless by default: without a display pytest-qt would abort the run (exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the user's saved settings.
os.environ.setdefault("ACTVIZ_SETTINGS", "none")

sys.path.insert(0, str(Path(__file__).parent))
