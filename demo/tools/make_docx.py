#!/usr/bin/env python3
"""Builds the .docx documents of the demo corpus from plain-text sources in demo/src/.

A source file starts with header lines `key: value` (title, creator, language, date), then a blank line, then
one paragraph per line; a line starting with "# " becomes a heading. The output is a minimal but valid
WordprocessingML package, written with zipfile only so that the corpus can be rebuilt without Word or
python-docx: [Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml, docProps/core.xml,
docProps/app.xml. Entry timestamps are fixed so that rebuilding gives byte-identical files.

Usage: python3 demo/tools/make_docx.py   (writes demo/corpus/<name>.docx for every demo/src/*.txt listed below)
"""
import pathlib
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ["en_collectivisation-exam-notes", "ru_konfiskatsiya-1928", "kk_beimbet-mailin"]
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
</w:styles>
"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">
<Application>Tarikh demo make_docx.py</Application>
</Properties>
"""


def read_source(path):
    """Returns (header dict, list of (style, text)) from a source file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header, body, in_header = {}, [], True
    for line in lines:
        if in_header:
            if not line.strip():
                in_header = False
                continue
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
            continue
        if not line.strip():
            continue
        if line.startswith("# "):
            # The first heading is the document title, later ones are section headings.
            style = "Heading1" if not body else "Heading2"
            body.append((style, line[2:].strip()))
        else:
            body.append(("Normal", line.strip()))
    for key in ("title", "creator", "language", "date"):
        if key not in header:
            raise ValueError(f"{path.name}: header line '{key}:' missing")
    return header, body


def document_xml(header, body):
    lang = header["language"]
    paragraphs = []
    for style, text in body:
        ppr = "" if style == "Normal" else f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        paragraphs.append(
            f'<w:p>{ppr}<w:r><w:rPr><w:lang w:val="{lang}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:body>' + "".join(paragraphs) +
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/>'
            '</w:sectPr></w:body></w:document>\n')


def core_xml(header):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(header["title"])}</dc:title>'
            f'<dc:creator>{escape(header["creator"])}</dc:creator>'
            f'<dc:language>{escape(header["language"])}</dc:language>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{header["date"]}T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>\n')


def write(zf, name, text):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, text.encode("utf-8"))


def build(name):
    header, body = read_source(HERE / "src" / f"{name}.txt")
    out = HERE / "corpus" / f"{name}.docx"
    with zipfile.ZipFile(out, "w") as zf:
        # [Content_Types].xml must be the first entry for some strict readers.
        write(zf, "[Content_Types].xml", CONTENT_TYPES)
        write(zf, "_rels/.rels", ROOT_RELS)
        write(zf, "word/document.xml", document_xml(header, body))
        write(zf, "word/_rels/document.xml.rels", DOC_RELS)
        write(zf, "word/styles.xml", STYLES)
        write(zf, "docProps/core.xml", core_xml(header))
        write(zf, "docProps/app.xml", APP)
    words = sum(len(text.split()) for _, text in body)
    print(f"{out.name}: {len(body)} paragraphs, {words} words")


if __name__ == "__main__":
    for source in SOURCES:
        build(source)
