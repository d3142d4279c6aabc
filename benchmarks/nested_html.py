"""Time to read a page of N nested ``<div>`` (issue 17 item 5): ours beside peers parsing the same bytes.

Ours is ``parse_article`` (the depth pre-scan refuses the page before any tree is built); "lexbor tree" is what
ours did before the fix (selectolax's tree builder on the whole page); the peers are lxml and BeautifulSoup
(html.parser). Each run is a child process with a time limit, so a stall shows as "> limit" instead of hanging.
Issue 17's figures before the fix: 50k 8 s, 100k 65 s, 200k did not finish in 5 min.

    .venv/bin/python benchmarks/nested_html.py [--sizes 50000,100000,200000] [--limit 120]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = r"""
import json, sys, time
from pathlib import Path
body = Path(sys.argv[2]).read_bytes()
who = sys.argv[1]
# Imports first: the clock measures the parse alone.
from policywatch.parsers import ParseError, parse_article
from selectolax.lexbor import LexborHTMLParser
import lxml.html
from bs4 import BeautifulSoup
outcome = "parsed"
start = time.perf_counter()
if who == "ours":
    try:
        parse_article(body, url="bench://nested")
    except ParseError as exc:
        outcome = type(exc).__name__
elif who == "lexbor tree":
    LexborHTMLParser(body.decode()).css_first("div")
elif who == "lxml":
    lxml.html.document_fromstring(body)
elif who == "bs4 html.parser":
    BeautifulSoup(body, "html.parser")
print(json.dumps({"seconds": time.perf_counter() - start, "outcome": outcome}))
"""
WHO = ("ours", "lexbor tree", "lxml", "bs4 html.parser")


def page(levels: int) -> bytes:
    notice = "商务部公告2026年第1号<br>商务部决定将甲公司（Jia Inc.）列入出口管制管控名单。<br>商务部<br>2026年1月1日"
    return ('<html><head><meta charset="utf-8"></head><body><div class="art-con art-con-bottonmLine">'
            + "<div>" * levels + notice + "</div>" * levels + "</div></body></html>").encode()


def timed(who: str, path: Path, limit: float) -> str:
    try:
        done = subprocess.run([sys.executable, "-c", RUN, who, str(path)], capture_output=True, text=True,
                              timeout=limit)
    except subprocess.TimeoutExpired:
        return f"> {limit:.0f} s"
    if done.returncode != 0:
        return f"crashed ({done.stderr.strip().splitlines()[-1][:40] if done.stderr.strip() else done.returncode})"
    result = json.loads(done.stdout)
    note = "" if result["outcome"] == "parsed" else f" ({result['outcome']})"
    return f"{result['seconds']:.3f} s{note}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,100000,200000", help="nesting depths to try, comma-separated")
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a run counts as a stall")
    args = parser.parse_args()
    print(f"{'nested divs':>12} {'MB':>5}  " + "  ".join(f"{w:>28}" for w in WHO))
    with tempfile.TemporaryDirectory() as tmp:
        for levels in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"nested-{levels}.html"
            path.write_bytes(page(levels))
            cells = [timed(who, path, args.limit) for who in WHO]
            size = path.stat().st_size / 1e6
            print(f"{levels:>12} {size:>5.1f}  " + "  ".join(f"{c:>28}" for c in cells), flush=True)


if __name__ == "__main__":
    main()
