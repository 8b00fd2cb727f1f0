"""Create a Label Studio project, import tasks, export them again — through Label Studio's SDK.

Run with the Python that has ``label-studio-sdk`` (the ``.venv-ls`` that
``make labelstudio`` makes), against a running Label Studio:

    .venv-ls/bin/python scripts/labelstudio_project.py --url http://127.0.0.1:8080 \
        --token TOKEN --config config.xml --tasks tasks.json --export export.json

Prints the new project's id. Used by tests/test_labelstudio.py and by analysts who
prefer a script to the web page's import dialog (docs/labelstudio.md).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from label_studio_sdk import LabelStudio


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--config", required=True, help="labelling configuration (antq-extract labelstudio config)")
    ap.add_argument("--tasks", required=True, help="tasks file (antq-extract labelstudio tasks)")
    ap.add_argument("--export", help="write the project's JSON export (all tasks) here")
    ap.add_argument("--title", default="antq-extract gold")
    args = ap.parse_args()
    client = LabelStudio(base_url=args.url, api_key=args.token)
    project = client.projects.create(title=args.title, label_config=Path(args.config).read_text(encoding="utf-8"))
    tasks = json.loads(Path(args.tasks).read_text(encoding="utf-8"))
    client.projects.import_tasks(id=project.id, request=tasks)
    if args.export:
        Path(args.export).write_bytes(export_all(client, project.id))
    print(project.id)


def export_all(client: LabelStudio, project_id: int, wait: float = 60.0) -> bytes:
    """A JSON export snapshot of every task with full predictions (the quick export
    gives prediction ids only), downloaded when Label Studio has finished it."""
    snapshot = client.projects.exports.create(
        project_id, title="antq-extract",
        task_filter_options={"only_with_annotations": False},
        serialization_options={"predictions": {"only_id": False}})
    deadline = time.monotonic() + wait
    while client.projects.exports.get(project_id, snapshot.id).status not in ("completed", "failed"):
        if time.monotonic() > deadline:
            raise SystemExit(f"export {snapshot.id} not finished after {wait:.0f} s")
        time.sleep(0.5)
    return b"".join(client.projects.exports.download(project_id, snapshot.id, export_type="JSON"))


if __name__ == "__main__":
    main()
