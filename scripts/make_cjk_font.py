"""Make the Chinese UI fonts the app ships (resources/fonts/) from Noto Sans CJK.

    python scripts/make_cjk_font.py /tmp/notocjk/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Run it again whenever the Chinese translations change (a test fails when a translated
character is missing from the shipped fonts). It needs fontTools (the `dev` extra).

The source is Noto Sans CJK (SIL Open Font License 1.1), taken from Debian's package
without installing it, so the machine's own fonts stay as they are:

    cd /tmp && apt-get update && apt-get download fonts-noto-cjk
    dpkg-deb -x fonts-noto-cjk_*.deb /tmp/notocjk

The .ttc is then under /tmp/notocjk/usr/share/fonts/opentype/noto/, and the package's
copyright file (which holds the licence text copied to OFL.txt) under
/tmp/notocjk/usr/share/doc/fonts-noto-cjk/; pass --copyright when it is elsewhere.

Two fonts come out, because Simplified and Traditional Chinese draw many of the same code
points differently: the SC face for zh_CN and the TC face for zh_TW. Each holds every
character of its language's translations, the language names of the View > Language menu,
CJK punctuation, printable ASCII and, so that most of a user's own Chinese dataset is
legible too, the common characters: GB2312 level 1 (3755 hanzi) in SC and Big5 level 1
(5401 hanzi) in TC, plus the Chinese of the bundled samples in SC. Same input, same output,
byte for byte: the timestamps are the source's, and nothing depends on the clock or the
order of a set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop.fonts import FONT_FILES, fonts_dir  # noqa: E402

# Which face of the collection each shipped font is cut from, and under which name it is
# registered. Renamed so it never passes for (or clashes with) a full Noto Sans CJK the user
# has installed, and because "Noto" is Google's trademark, which a modified font should not carry.
FACES = {
    "zh_CN": {
        "source_family": "Noto Sans CJK SC",
        "family": "Lorasmith CJK SC",
        "common": "GB2312 level 1",
        "common_range": ("gb2312", 0xB0A1, 0xD7F9),
        "column": 0,
    },
    "zh_TW": {
        "source_family": "Noto Sans CJK TC",
        "family": "Lorasmith CJK TC",
        "common": "Big5 level 1",
        "common_range": ("big5", 0xA440, 0xC67E),
        "column": 1,
    },
}
# Punctuation and symbols Chinese text uses beyond ASCII: the CJK symbols and punctuation block, the
# full-width forms, and what it takes from the general blocks (quotes, dashes, ellipsis, middle dots, ...).
PUNCTUATION = (
    [chr(c) for c in range(0x3000, 0x3040)]
    + [chr(c) for c in range(0xFF01, 0xFF66)]
    + list(
        "\u00b7\u2010\u2013\u2014\u2015\u2016\u2018\u2019\u201c\u201d\u2022\u2025\u2026\u2027\u2030\u2032\u2033"
        "\u203b\u00d7\u00f7\u2248\u2192\u2190\u2191\u2193\u00b0\u2103\u00a5\u2116"
    )
)
ASCII = [chr(c) for c in range(0x20, 0x7F)]
# Layout features kept: those Qt's shaper applies to horizontal text by default. 'locl' is left out
# on purpose: it would pull in the Japanese, Korean and Hong Kong forms of every kept character.
LAYOUT_FEATURES = ["ccmp", "kern", "liga", "calt", "mark", "mkmk"]
UNWANTED_TABLES = ["vhea", "vmtx", "VORG", "BASE"]  # vertical writing and baselines: Qt's widgets use neither


def translation_chars(language: str) -> set[str]:
    """Every character the translations of `language` show (all <translation> and <numerusform> texts)."""
    root = ET.parse(REPO / "resources" / "translations" / f"lorasmith_{language}.ts").getroot()
    chars: set[str] = set()
    for node in root.iter("translation"):
        chars.update(node.text or "")
        for form in node.iter("numerusform"):
            chars.update(form.text or "")
    return chars


def table_chars(column: int) -> set[str]:
    """The screens' own translation tables (desktop/translation_tables.py), which feed the .ts files:
    read too, so a font made before update.py ran still covers them."""
    from desktop.translation_tables import merged_tables

    return {c for pair in merged_tables().values() for c in pair[column]}


def language_name_chars() -> set[str]:
    from desktop.i18n import LANGUAGES  # shown in their own script whatever the UI language

    return {c for _, name in LANGUAGES for c in name}


def sample_chars() -> set[str]:
    """The Chinese of the samples we ship (the demo and the screenshots open them)."""
    chars: set[str] = set()
    for path in sorted((REPO / "resources" / "samples").rglob("*")):
        if path.is_file():
            try:
                chars.update(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                continue
    return {c for c in chars if ord(c) >= 0x2E80}


def common_chars(codec: str, first: int, last: int) -> set[str]:
    """The characters of a double-byte range of a legacy encoding (rows first..last, each row's cells)."""
    chars: set[str] = set()
    lead_lo, trail_lo = first >> 8, first & 0xFF
    lead_hi, trail_hi = last >> 8, last & 0xFF
    for lead in range(lead_lo, lead_hi + 1):
        for trail in range(0x40, 0xFF):
            code = lead << 8 | trail
            if (
                code < first
                or code > last
                or (lead == lead_lo and trail < trail_lo)
                or (lead == lead_hi and trail > trail_hi)
            ):
                continue
            try:
                chars.update(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def wanted_chars(language: str) -> dict[str, set[str]]:
    face = FACES[language]
    parts = {
        "translations": translation_chars(language) | table_chars(face["column"]),
        "language_names": language_name_chars(),
        "punctuation": set(PUNCTUATION),
        "ascii": set(ASCII),
        "common": common_chars(*face["common_range"]),
    }
    if language == "zh_CN":
        parts["samples"] = sample_chars()
    return {name: {c for c in chars if c.isprintable() or c == "\u3000"} for name, chars in parts.items()}


def find_face(source: Path, family: str) -> int:
    """The index of `family` in a font collection (-1 for a single font file)."""
    from fontTools.ttLib import TTCollection

    if source.suffix.lower() not in (".ttc", ".otc"):
        return -1
    collection = TTCollection(str(source), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == family:
            return index
    names = [font["name"].getDebugName(1) for font in collection.fonts]
    raise SystemExit(f"{source}: no face named {family!r} in this collection (it has {', '.join(names)})")


def rename(font, family: str) -> None:
    """Give the subset its own names (see FACES), keeping the copyright, licence and credits."""
    name = font["name"]
    postscript = family.replace(" ", "") + "-Regular"
    version = name.getDebugName(5) or ""
    keep = {0, 5, 8, 9, 10, 11, 12, 13, 14}
    name.names = [record for record in name.names if record.nameID in keep]
    for name_id, text in ((1, family), (2, "Regular"), (3, f"{postscript};{version}"), (4, family), (6, postscript)):
        name.setName(text, name_id, 3, 1, 0x409)
    cff = font["CFF "].cff
    top = cff[cff.fontNames[0]]
    cff.fontNames = [postscript]
    for fd in getattr(top, "FDArray", []) or []:
        if hasattr(fd, "FontName"):
            fd.FontName = postscript + fd.FontName[fd.FontName.rfind("-") :]


def make_font(source: Path, language: str, out: Path) -> dict:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    face = FACES[language]
    index = find_face(source, face["source_family"])
    font = TTFont(str(source), fontNumber=index if index >= 0 else -1, recalcTimestamp=False, recalcBBoxes=True)
    if "fvar" in font:
        raise SystemExit(f"{source}: a variable font; use the static NotoSansCJK-Regular.ttc")
    cmap = font.getBestCmap()
    parts = wanted_chars(language)
    wanted = set().union(*parts.values())
    present = sorted(c for c in wanted if ord(c) in cmap)
    missing = sorted(wanted - set(present))

    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.drop_tables += UNWANTED_TABLES
    options.name_IDs = ["*"]  # rename() decides what stays
    options.name_languages = [0x409]
    options.notdef_outline = True  # a missing character shows as a box, not as nothing
    options.glyph_names = False
    options.hinting = True  # CFF hints: sharper strokes at UI sizes on Windows
    options.prune_unicode_ranges = True
    # The source's code page bits stay: they tell Windows and Qt this is a Chinese font, which a
    # recount from a subset's few thousand characters would deny.
    options.prune_codepage_ranges = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in present])
    subsetter.subset(font)
    rename(font, face["family"])
    # Deterministic: keep the source's own dates (recalcTimestamp=False above keeps 'modified' from the clock).
    path = out / FONT_FILES[language]
    font.save(str(path), reorderTables=True)
    data = path.read_bytes()
    return {
        "file": path.name,
        "language": language,
        "family": face["family"],
        "source_face": face["source_family"],
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "glyphs": len(font.getGlyphOrder()),
        "characters": {
            "total": len(present),
            **{name: len(chars & set(present)) for name, chars in sorted(parts.items())},
            "common_set": face["common"],
        },
        "not_in_source": "".join(missing),
    }


def licence_text(copyright_file: Path, notice: str) -> str:
    """The font's copyright notice, then the OFL 1.1 as the Debian package's copyright file carries it
    (its 'License: SIL-1.1' paragraph, un-indented; a lone '.' there is a blank line)."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    try:  # the stand-alone licence paragraph, not a "Files:" paragraph's one-line reference to it
        start = next(
            i
            for i, line in enumerate(lines)
            if line.strip() == "License: SIL-1.1" and i + 1 < len(lines) and lines[i + 1].startswith(" ")
        )
    except StopIteration:
        raise SystemExit(
            f"{copyright_file}: no 'License: SIL-1.1' paragraph; is this the fonts-noto-cjk copyright file?"
        ) from None
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        text = line[1:]
        body.append("" if text == "." else text)
    return f"{notice}\n\n" + "\n".join(body).strip("\n") + "\n"


def default_copyright_file(source: Path) -> Path:
    for parent in source.resolve().parents:
        candidate = parent / "share" / "doc" / "fonts-noto-cjk" / "copyright"
        if candidate.is_file():
            return candidate
    return Path("/usr/share/doc/fonts-noto-cjk/copyright")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="NotoSansCJK-Regular.ttc (from the fonts-noto-cjk package)")
    parser.add_argument("--copyright", type=Path, help="the package's copyright file, with the licence text")
    parser.add_argument("--out", type=Path, default=fonts_dir(), help="where to write (default %(default)s)")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        raise SystemExit(f"{args.source}: no such file; see this script's docstring for where to get it")
    copyright_file = args.copyright or default_copyright_file(args.source)
    if not copyright_file.is_file():
        raise SystemExit(f"{copyright_file}: no such file; pass --copyright with the package's copyright file")
    import fontTools
    from fontTools.ttLib import TTFont

    args.out.mkdir(parents=True, exist_ok=True)
    fonts = [make_font(args.source, language, args.out) for language in FACES]
    probe = TTFont(
        str(args.source), fontNumber=max(find_face(args.source, FACES["zh_CN"]["source_family"]), 0), lazy=True
    )
    notice = probe["name"].getDebugName(0) or ""
    version = probe["name"].getDebugName(5) or ""
    (args.out / "OFL.txt").write_text(licence_text(copyright_file, notice), encoding="utf-8", newline="\n")
    manifest = {
        "about": "Subsets of Noto Sans CJK for the Chinese UI; made by scripts/make_cjk_font.py, see README.md",
        "licence": "SIL Open Font License 1.1 (OFL.txt)",
        "source": {
            "file": args.source.name,
            "sha256": hashlib.sha256(args.source.read_bytes()).hexdigest(),
            "version": version,
            "copyright": notice,
        },
        "fonttools": fontTools.version,
        "fonts": fonts,
        "total_bytes": sum(f["bytes"] for f in fonts),
    }
    (args.out / "fonts.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n"
    )
    for f in fonts:
        print(
            f"{args.out / f['file']}: {f['bytes']:,} bytes, {f['characters']['total']} characters "
            f"({f['glyphs']} glyphs); not in the source: {f['not_in_source'] or 'none'}"
        )
    print(f"total {manifest['total_bytes']:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
