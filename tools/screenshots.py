"""Screenshots of what the demo's recipients see: the HTML alert email, the reminder and the weekly digest.

Runs ``policywatch demo`` (or reuses a demo folder with ``--demo DIR``), then renders the received HTML parts to PNG
with headless Chromium. Usage::

    .venv/bin/python tools/screenshots.py [--demo DIR] [--out DIR] [--chromium PATH]

Prints the PNG paths. Nothing is fetched from the network: Chromium runs with networking features off and the
pages are local files.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]


def run_demo(out: Path) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-m", "policywatch", "demo", "--json", "--out", str(out)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"policywatch demo failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def pick(demo: Path) -> dict[str, Path]:
    """The first hit alert, the T-7 reminder and the digest among the received emails (by subject)."""
    chosen: dict[str, Path] = {}
    for eml in sorted((demo / "mail").glob("*.eml")):
        subject = str(email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["subject"] or "")
        if "weekly digest" in subject:
            kind = "digest"
        elif "(T-7)" in subject:
            kind = "reminder-t7"
        elif "your counterpart" in subject:
            kind = "alert-hit"
        else:
            continue
        chosen.setdefault(kind, eml.with_suffix(".html"))
    return chosen


def screenshot(chromium: str, html: Path, png: Path, size: str) -> None:
    with tempfile.TemporaryDirectory(prefix="pw-chromium-") as profile:
        subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
             f"--window-size={size}", html.resolve().as_uri()],
            check=True, capture_output=True, timeout=60,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, help="an existing demo folder (default: run the demo into --out)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "policywatch-screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    parser.add_argument("--size", default="1000,1400", help="window size WIDTH,HEIGHT")
    args = parser.parse_args()
    if not args.chromium:
        raise SystemExit("chromium not found: install it (apt-get install chromium) or pass --chromium PATH")
    args.out.mkdir(parents=True, exist_ok=True)
    demo = args.demo or args.out / "demo"
    if args.demo is None:
        run_demo(demo)
    chosen = pick(demo)
    if not chosen:
        raise SystemExit(f"{demo}/mail holds no alert, reminder or digest email; run the demo first")
    for kind, html in sorted(chosen.items()):
        png = args.out / f"{kind}.png"
        screenshot(args.chromium, html, png, args.size)
        print(f"{kind}: {png} (from {html})")


if __name__ == "__main__":
    main()
