#!/usr/bin/env python3
"""Rewrite the Compile items of every .nfproj outside host/ to list exactly the .cs files on disk.

The nanoFramework project system compiles only what an .nfproj lists; DeviceProjectTests fails
when a list and the disk disagree. Run this after adding, moving or deleting a source file:
    python3 host/tools/sync-compile-items.py
The first ItemGroup holding Compile items is replaced; the rest of the file is left as it is.
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SKIP = {"obj", "bin", "packages", "host", ".git", "node_modules"}


def sources(project_dir):
    found = []
    for dirpath, dirnames, filenames in os.walk(project_dir):
        dirnames[:] = [d for d in dirnames if d not in SKIP]
        for name in filenames:
            if name.endswith(".cs"):
                rel = os.path.relpath(os.path.join(dirpath, name), project_dir)
                found.append(rel.replace("/", "\\"))
    return sorted(found, key=lambda p: p.lower())


def sync(path):
    text = open(path, encoding="utf-8-sig", newline="").read()
    nl = "\r\n" if "\r\n" in text else "\n"
    group = re.compile(r"  <ItemGroup>(?:\r?\n    <Compile Include=\"[^\"]+\" />)+\r?\n  </ItemGroup>")
    items = "".join(nl + '    <Compile Include="%s" />' % f for f in sources(os.path.dirname(path)))
    new = "  <ItemGroup>" + items + nl + "  </ItemGroup>"
    if not group.search(text):
        sys.exit(path + ": no ItemGroup of Compile items to rewrite")
    updated = group.sub(lambda _: new, text, count=1)
    if updated != text:
        open(path, "w", encoding="utf-8", newline="").write(updated)
        print("updated", os.path.relpath(path, ROOT))


for dirpath, dirnames, filenames in os.walk(ROOT):
    dirnames[:] = [d for d in dirnames if d not in SKIP]
    for name in filenames:
        if name.endswith(".nfproj"):
            sync(os.path.join(dirpath, name))
