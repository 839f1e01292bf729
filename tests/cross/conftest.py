"""Cross-service tests build each service's app the same way: see cross_apps.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the tests import cross_apps
