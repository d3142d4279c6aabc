"""policywatch: monitoring and alerts for China's export-control and sanctions notices."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# Run from the repository root (`python -m policywatch`, `python -m pytest`), this folder shadows the installed
# package, but its sub-packages live beside it (parsers/, store/, crawler/, notifier/, config/ — pyproject's
# package-dir): look for them there too, so a checkout behaves like the wheel made from it.
_checkout = Path(__file__).resolve().parent.parent
if (_checkout / "pyproject.toml").is_file() and (_checkout / "notifier").is_dir():
    __path__.append(str(_checkout))

try:
    __version__ = version("policywatch")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
