#!/usr/bin/env bash
# Drafts an EF Core migration for one module and makes it provider-neutral.
#
#   build/ef.sh add <Module> <MigrationName>     e.g. build/ef.sh add Tasking AddChecklists
#   build/ef.sh check <Module>                   fails when the model has changes no migration covers
#
# dotnet-ef drafts on SQLite (build/Crm.Design); this script then strips every provider-specific column type,
# so the same migration and snapshot serve SQLite and PostgreSQL (docs/adr/0004). Read the draft before
# committing: it is a draft, and tests/…/MigrationsTests compares the migrated schema with the model on both.
set -euo pipefail
cd "$(dirname "$0")/.."
EF_TOOL_DIR=${EF_TOOL_DIR:-/tmp/crm-dotnet-ef-10.0.15}
[ -x "$EF_TOOL_DIR/dotnet-ef" ] || dotnet tool install dotnet-ef --version 10.0.15 --tool-path "$EF_TOOL_DIR" >/dev/null
ef() { "$EF_TOOL_DIR/dotnet-ef" "$@"; }

module=${2:?module name, e.g. Tasking}
project="src/Modules/$module/Crm.Modules.$module.Infrastructure"
context="${module}DbContext"

case "${1:-}" in
  add)
    name=${3:?migration name}
    ef migrations add "$name" -p "$project" -s build/Crm.Design -c "$context" -o Persistence/Migrations
    python3 - "$project/Persistence/Migrations" <<'PY'
import pathlib, re, sys
for path in pathlib.Path(sys.argv[1]).glob("*.cs"):
    text = path.read_text(encoding="utf-8-sig")
    neutral = re.sub(r'type: "[^"]*",\s*', "", text)                        # migration columns (inline and AddColumn)
    neutral = re.sub(r'\n\s*\.HasColumnType\("[^"]*"\)', "", neutral)       # snapshot / designer
    if neutral != text:
        path.write_text(neutral, encoding="utf-8")
        print(f"neutralised {path}")
PY
    ;;
  check)
    ef migrations has-pending-model-changes -p "$project" -s build/Crm.Design -c "$context"
    ;;
  *) echo "usage: build/ef.sh add <Module> <Name> | check <Module>" >&2; exit 2 ;;
esac
