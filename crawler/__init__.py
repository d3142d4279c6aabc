"""Fetching the watched sites politely, keeping every page as evidence, per-source discovery."""

from policywatch.crawler.errors import CrawlError
from policywatch.crawler.http import Fetcher, FetchPolicy, Page, Validators
from policywatch.crawler.pipeline import CrawlOutcome, crawl, crawl_source
from policywatch.crawler.sources import SourceConfig, SourceConfigError, load_sources

__all__ = [
    "CrawlError",
    "CrawlOutcome",
    "FetchPolicy",
    "Fetcher",
    "Page",
    "SourceConfig",
    "SourceConfigError",
    "Validators",
    "crawl",
    "crawl_source",
    "load_sources",
]
