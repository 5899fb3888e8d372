#!/usr/bin/env python3
"""After a restore: what central package management did not say (docs/adr/0053, ../shared/stack.md).

Reads every obj/project.assets.json under the repository and
- fails when a dependency resolved below the lower bound its parent asks for (a silent downgrade: NuGet lets a
  central pin win without a warning, and the build or the run fails later, e.g. CS1705);
- lists the packages that resolved to more than one version across projects (one version line is the rule).

    dotnet restore Modules.sln && python3 build/package-versions.py
"""
import glob, json, os, re, sys
from collections import defaultdict

def version(text):
    return tuple(int(part) for part in re.findall(r"\d+", text.split("-")[0]))

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
resolved, downgrades = defaultdict(set), []
for assets in sorted(glob.glob(os.path.join(root, "**/obj/project.assets.json"), recursive=True)):
    project = os.path.relpath(os.path.dirname(os.path.dirname(assets)), root)
    for libraries in json.load(open(assets))["targets"].values():
        packages = {key.split("/")[0].lower(): key.split("/")[1] for key, lib in libraries.items() if lib.get("type") == "package"}
        for key, lib in libraries.items():
            if lib.get("type") != "package":
                continue
            name, got = key.split("/")
            resolved[name].add((got, project))
            for dependency, wanted in (lib.get("dependencies") or {}).items():
                lower = re.match(r"[\[(]?\s*([^,\])]+)", wanted).group(1).strip()
                actual = packages.get(dependency.lower())
                if actual and version(actual) < version(lower):
                    downgrades.append(f"{project}: {key} asks {dependency} {wanted}, resolved {actual}")

for name in sorted(resolved):
    versions = sorted({got for got, _ in resolved[name]}, key=version)
    if len(versions) > 1:
        where = {v: sorted({p for got, p in resolved[name] if got == v}) for v in versions}
        print(f"several versions: {name} " + "; ".join(f"{v} in {', '.join(ps)}" for v, ps in where.items()))
for line in downgrades:
    print(f"DOWNGRADE {line}")
print(f"{len(resolved)} packages, {len(downgrades)} downgrades")
sys.exit(1 if downgrades else 0)
