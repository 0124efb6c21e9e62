"""The language server's warm re-check: a 700-word and a 10,000-word story.

    python bench/lsp.py            # 30 rounds
    python bench/lsp.py --quick    # 8 rounds

Two measurements, LanguageTool and proselint off (they are measured elsewhere):

  in-process  what the server does after each pause in typing: Workspace.check on the
              edited text (settings, rules and engines already warm; the text differs
              every round, so nothing is served from a cache). Median wall and CPU time.
  stdio       the same through the real server: a didChange sent by an LSP client over
              stdio until its publishDiagnostics arrives (debounce 0), so JSON, the
              protocol and the position conversion are included. Median wall time.

Goals (issue 18): 700 words <= 10 ms, 10,000 words <= 60 ms. Each figure is printed with
its ratio to the goal (<= 1.0 meets it); bench/out/lsp.json keeps them.
The stories are built at run time from the development corpus's clean articles (read,
not copied into the repository), or from the samples when the corpus is absent.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The development corpus sits beside the main checkout (/work/shared); a worktree
# one level deeper names it with NEWSLINT_CORPUS, as bench/run.py does.
CORPUS = Path(os.environ.get("NEWSLINT_CORPUS", ROOT.parent / "shared" / "corpus" / "dev.jsonl"))
GOALS_MS = {700: 10.0, 10_000: 60.0}
os.environ["NEWSLINT_LANGUAGETOOL"] = "off"


def paragraphs() -> list[str]:
    paras: list[str] = []
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if doc.get("type") == "clean":
                paras += [p for p in doc["text"].split("\n\n") if len(p.split()) > 15]
    if not paras:
        for sample in sorted((ROOT / "samples").glob("*.md")):
            paras += [p for p in sample.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paras


def story(words: int) -> str:
    """A Markdown story of about ``words`` words: corpus paragraphs in order, repeated
    as needed (a 10,000-word piece is longer than any one article)."""
    out: list[str] = []
    count = 0
    paras = paragraphs()
    while count < words:
        for para in paras:
            out.append(para)
            count += len(para.split())
            if count >= words:
                break
    return "# A long story\n\n" + "\n\n".join(out) + "\n"


def in_process(text: str, rounds: int) -> tuple[float, float, int]:
    from newslint.workspace import Workspace

    workspace = Workspace({"languagetool": "off"}, cwd=str(ROOT))
    path = str(ROOT / "bench" / "out" / "story.md")
    found = len(workspace.check(text, path).result.diagnostics)  # warm-up: rules load here
    walls, cpus = [], []
    for i in range(rounds):
        edited = text + f"\nEdit {i}.\n"  # a keystroke's worth of change: no cache hit
        w0, c0 = time.perf_counter(), time.process_time()
        workspace.check(edited, path)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, found


async def over_stdio(text: str, rounds: int) -> float:
    from lsprotocol import types as t
    from pytest_lsp import ClientServerConfig

    config = ClientServerConfig(
        server_command=[sys.executable, "-m", "newslint", "lsp", "--debounce", "0"],
        server_env={**os.environ, "NEWSLINT_LANGUAGETOOL": "off"},
    )
    client = await config.start()
    await client.initialize_session(t.InitializeParams(capabilities=t.ClientCapabilities()))
    uri = (ROOT / "bench" / "out" / "story.md").as_uri()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text))
    )
    await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    end_line = text.count("\n")
    times = []
    for i in range(rounds):
        change = t.TextDocumentContentChangePartial(
            range=t.Range(t.Position(end_line, 0), t.Position(end_line, 0)), text="x"
        )
        start = time.perf_counter()
        client.text_document_did_change(
            t.DidChangeTextDocumentParams(
                t.VersionedTextDocumentIdentifier(uri=uri, version=i + 2), [change]
            )
        )
        await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        times.append(time.perf_counter() - start)
    await client.shutdown_session()
    await client.stop()
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 8 if args.quick else 30
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    results = {}
    for words, goal in GOALS_MS.items():
        text = story(words)
        wall, cpu, found = in_process(text, rounds)
        stdio = asyncio.run(over_stdio(text, rounds))
        results[words] = {
            "words": len(text.split()),
            "findings": found,
            "in_process_wall_ms": round(wall, 2),
            "in_process_cpu_ms": round(cpu, 2),
            "stdio_round_trip_ms": round(stdio, 2),
            "goal_ms": goal,
        }
        print(
            f"{len(text.split()):>6} words, {found:>3} findings: re-check {wall:6.1f} ms wall "
            f"({cpu:.1f} ms CPU) = {wall / goal:.2f} x goal {goal:.0f} ms; "
            f"over stdio {stdio:6.1f} ms = {stdio / goal:.2f} x goal"
        )
    out = ROOT / "bench" / "out" / "lsp.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
