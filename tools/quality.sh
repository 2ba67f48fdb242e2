#!/usr/bin/env bash
# Extraction, resolution, look-up and search quality on every gold set at hand, in one run:
#   the five seed documents (../shared/gold/dev.json),
#   the 40 real public pages of ../shared/corpus/real-dev (../shared/gold/real-dev*.{json,tsv}),
#   our own real pages in eval/real-extra (eval/gold/real-extra*.{json,tsv}), where present.
# Each set is scored by ../shared/tools/score.py through the launcher, as a user would run it; the lines it prints
# are the figures. With --floors, the figures are also checked against eval/floors.tsv (set, metric, lowest
# value allowed) and the script fails when one falls under its floor: CI runs it so.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared="${TARIKH_SHARED:-$(cd .. && pwd)/shared}"
floors=""
[ "${1:-}" = "--floors" ] && floors="eval/floors.tsv"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

score() { # name, then score.py's arguments
  local name="$1"; shift
  printf '\n-- %s --\n' "$name"
  python3 "$shared/tools/score.py" --tarikh ./tarikh --json "$out/$name.json" -v "$@"
}

[ -d "$shared/corpus/seeds" ] && score seeds --gold "$shared/gold/dev.json" --docs "$shared/corpus/seeds" \
  --extra-docs demo/corpus --names eval/names-dev.tsv --queries app/src/test/resources/search/judged-queries.tsv
[ -d "$shared/corpus/real-dev" ] && score real-dev --gold "$shared/gold/real-dev.json" \
  --docs "$shared/corpus/real-dev" --names "$shared/gold/real-dev-names.tsv" \
  --queries "$shared/gold/real-dev-queries.tsv"
[ -f eval/gold/real-extra.json ] && score real-extra --gold eval/gold/real-extra.json --docs eval/real-extra \
  --names eval/gold/real-extra-names.tsv --queries eval/gold/real-extra-queries.tsv

if [ -n "$floors" ]; then
  python3 - "$out" "$floors" <<'EOF'
import json, os, sys
out, floors = sys.argv[1], sys.argv[2]
def value(report, metric):
    if metric == "conflicts":
        c = report.get("conflicts", {})
        return c["found"] / c["expected"] if c.get("expected") else None
    part, _, field = metric.partition(".")
    return report.get(part, {}).get(field)
failed = []
for line in open(floors, encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    name, metric, floor = line.split()
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        continue
    got = value(json.load(open(path, encoding="utf-8")), metric)
    if got is None or got < float(floor) - 1e-9:
        failed.append(f"{name} {metric}: {got if got is None else round(got, 3)} under its floor {floor}")
print()
print("\n".join(failed) if failed else f"every figure at or above its floor ({floors})")
sys.exit(1 if failed else 0)
EOF
fi
