"""The standard library's HTML tokenizer, for the blind zoo halves' page tests
(tests/test_zoo_blind*_pages.py): nothing of khao's extraction, so those halves stay
unmeasured until their one benchmark run."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


class PageParser(HTMLParser):
    """Text nodes outside scripts and styles, scripts apart, every tag's attributes, and
    every tag closed in order (the templates never lean on implied ends)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.texts: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self.attrs: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.attrs.append(dict(attrs))
        if tag not in VOID:
            self.stack.append(tag)
            if tag == "script":
                self.scripts.append((dict(attrs), ""))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.attrs.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif data.strip() and (not self.stack or self.stack[-1] != "style"):
            self.texts.append(data.strip())
