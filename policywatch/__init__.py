"""policywatch: monitoring and alerts for China's export-control and sanctions notices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("policywatch")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
