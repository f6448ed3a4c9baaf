"""``khao ner``: tag Thai text read from stdin."""

from __future__ import annotations

import json
import sys

import click


@click.command("ner")
@click.option(
    "--jsonl",
    is_flag=True,
    help="Read one JSON-encoded string per line; write one JSON array of "
    '{"start","end","label","text"} per input line (character offsets).',
)
@click.option(
    "--scheme",
    type=click.Choice(["khao", "thainer"]),
    default="khao",
    show_default=True,
    help="Label scheme: 'thainer' emits exactly ThaiNER's labels and span conventions; "
    "'khao' adds POSITION, canonical names and person-position links.",
)
def ner(jsonl: bool, scheme: str) -> None:
    """Tag named entities in Thai text from stdin (offline CRF + rules)."""
    from pipelines.ner import tag

    if jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            text = json.loads(line)
            if not isinstance(text, str):
                raise click.BadParameter("each line must be a JSON string", param_hint="stdin")
            out = [
                {"start": e.start, "end": e.end, "label": e.label, "text": e.text}
                for e in tag(text, scheme=scheme)
            ]
            click.echo(json.dumps(out, ensure_ascii=False))
        return
    text = sys.stdin.read()
    for e in tag(text, scheme=scheme):
        extra = ""
        if scheme == "khao":
            if e.canonical != e.text:
                extra += f"  -> {e.canonical}"
            if e.position:
                extra += f"  [{e.position}]"
        click.echo(f"{e.start:>6}-{e.end:<6} {e.label:<13} {e.text}{extra}")


if __name__ == "__main__":
    ner()
