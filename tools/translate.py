"""Keep the interface translations in step with the code (a developer tool, not shipped).

    python tools/translate.py                 # run pyside6-lupdate, list unfinished strings
    python tools/translate.py --apply f.toml  # fill translations: [Context] "source" = "traduction"

The `.ts` file is the truth kept in git; the app builds the `.qm` from it at start.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "edu_app" / "i18n" / "edu_app_fr.ts"


def lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "edu_app").rglob("*.py") if "ui" in p.parts
                     or "handout" in p.parts)
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), *sources, "-no-obsolete", "-target-language", "fr_FR",
                    "-ts", str(TS)], check=True)


def unfinished(tree: ET.ElementTree) -> list[tuple[str, str]]:
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" \
                    or not (translation.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def apply(path: Path) -> None:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    for context in tree.getroot().iter("context"):
        texts = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source in texts:
                translation = message.find("translation")
                translation.text = texts[source]
                translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--apply", type=Path)
    parser.add_argument("--no-lupdate", action="store_true")
    args = parser.parse_args()
    if not args.no_lupdate:
        lupdate()
    if args.apply:
        apply(args.apply)
    missing = unfinished(ET.parse(TS))
    for context, source in missing:
        print(f"[{context}] {source!r}")
    print(f"{len(missing)} unfinished")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
