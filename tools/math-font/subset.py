#!/usr/bin/env python3
"""Cuts the theme's math font down to the characters the LaTeX converter can write.

Usage: subset.py CODEPOINTS [SOURCE_OTF]

CODEPOINTS is the list MathFontRepertoire prints (one hexadecimal code point a line); SOURCE_OTF
is Latin Modern Math as Debian's fonts-lmodern installs it. Writes, relative to the project:
  src/main/resources/theme/fonts/latinmodern-math-subset.woff2  the font the theme serves
  src/test/resources/math/font-coverage.txt                     what it covers, for MathFontTest
Run it through tools/math-font/build, which makes CODEPOINTS first.
"""
import hashlib
import io
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

DEBIAN_SOURCE = "/usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf"
PROJECT = Path(__file__).resolve().parents[2]
FONT = PROJECT / "src/main/resources/theme/fonts/latinmodern-math-subset.woff2"
COVERAGE = PROJECT / "src/test/resources/math/font-coverage.txt"

# The GUST Font License asks that a modified font be renamed; these are the subset's names.
FAMILY = "Latin Modern Math Subset"
POSTSCRIPT = "LatinModernMathSubset-Regular"
DESCRIPTION = ("Subset of Latin Modern Math 1.959 (GUST Font License) holding only the characters "
               "the academic-site LaTeX converter writes, made by tools/math-font/subset.py; "
               "glyphs, metrics and the MATH table are the original's; U+203E, U+02CA and U+02CB "
               "are mapped to its own overline, acute and grave glyphs.")

# Marks KaTeX writes (and so the converter) that Latin Modern Math has no code point for, mapped
# to the glyph it draws the same mark with: \overline and \underline's stretchy U+203E to the
# combining overline, whose MATH table variants and assembly stretch it across the base; \acute
# and \grave's spacing modifier letters to the spacing accents. Without these the browser drew
# them from another font, and \overline did not stretch. \bar's U+02C9 is not mapped to the
# macron: Chromium (156) then drew no bar at all over an accent="true" base.
ALIASES = {0x203E: "overlinecmb", 0x02CA: "acute", 0x02CB: "grave"}


def is_styled_letter(cp):
    """A letter of \\mathbf, \\mathbb, \\mathcal... (Mathematical Alphanumeric Symbols), but not
    the italic ones, which browsers draw for every single-letter <mi> (text-transform: math-auto)."""
    italic = 0x1D434 <= cp <= 0x1D467 or 0x1D6E2 <= cp <= 0x1D71B
    return 0x1D400 <= cp <= 0x1D7FF and not italic


def keep_script_forms_of_plain_letters_only(font, codepoints):
    """'ssty' gives each glyph a form drawn for script sizes. Firefox uses it in sub- and
    superscripts (Chromium does not); kept for every glyph it would double the font. It is kept
    for what scripts mostly hold (italic letters, digits, primes, operators) and dropped for the
    styled alphabets, which then shrink as ordinary glyphs do in a script."""
    cmap = font.getBestCmap()
    styled = {cmap[cp] for cp in codepoints if is_styled_letter(cp) and cp in cmap}
    gsub = font["GSUB"].table
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag != "ssty":
            continue
        for index in record.Feature.LookupListIndex:
            for table in gsub.LookupList.Lookup[index].SubTable:
                table.alternates = {g: a for g, a in table.alternates.items() if g not in styled}


def add_aliases(font):
    for table in font["cmap"].tables:
        if table.isUnicode():
            for cp, glyph in ALIASES.items():
                table.cmap.setdefault(cp, glyph)


def rename(font):
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            names.setName("1.959;" + POSTSCRIPT, 3, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            names.setName(FAMILY, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(POSTSCRIPT, 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 5:
            names.setName("Version 1.959; subset", 5, record.platformID, record.platEncID, record.langID)
    names.setName(DESCRIPTION, 10, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    top = cff.topDictIndex[0]
    top.FullName = FAMILY
    top.FamilyName = FAMILY


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    codepoints = sorted({int(line, 16) for line in Path(sys.argv[1]).read_text().split()})
    source_path = sys.argv[2] if len(sys.argv) == 3 else DEBIAN_SOURCE
    # no timestamp update: the same inputs give the same bytes
    font = TTFont(source_path, recalcTimestamp=False)
    add_aliases(font)
    source_cmap = set(font.getBestCmap())

    keep_script_forms_of_plain_letters_only(font, codepoints)
    options = subset.Options()
    # 'aalt' only lists alternates for font pickers in design programs; 'dtls' gives dotless i
    # and j under accents, 'ssty' the script forms (see above). MATH is kept and subset: its
    # size variants and assembly parts of every kept glyph are added to the glyph set.
    options.layout_features = ["dtls", "ssty"]
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    rename(font)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    data = out.getvalue()

    written = TTFont(io.BytesIO(data))
    math = written["MATH"].table
    assert math.MathVariants.VertGlyphCoverage.glyphs, "the subset lost its stretchy delimiters"
    assert math.MathVariants.HorizGlyphCoverage.glyphs, "the subset lost its stretchy accents"
    covered = set(written.getBestCmap())
    lost = [cp for cp in codepoints if cp in source_cmap and cp not in covered]
    assert not lost, "dropped by the subsetter: " + " ".join("%04X" % cp for cp in lost)
    absent = [cp for cp in codepoints if cp not in source_cmap]

    FONT.write_bytes(data)
    lines = ["# Written by tools/math-font/subset.py with the font it describes; do not edit.",
             "# covered: in the font's cmap. absent: written by the converter but not in Latin",
             "# Modern Math itself (the browser draws these with another font).",
             "sha256 " + hashlib.sha256(data).hexdigest(),
             "tables " + " ".join(sorted(t.strip() for t in written.keys() if t != "GlyphOrder"))]
    lines += ["covered %04X" % cp for cp in sorted(covered)]
    lines += ["absent %04X" % cp for cp in absent]
    COVERAGE.write_text("\n".join(lines) + "\n")
    print("%s: %d bytes, %d glyphs, %d characters (%d the converter can write that Latin Modern Math lacks)"
          % (FONT.relative_to(PROJECT), len(data), len(written.getGlyphOrder()), len(covered), len(absent)))


if __name__ == "__main__":
    main()
