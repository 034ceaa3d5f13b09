#!/usr/bin/env bash
# npm run eval:retrieval — baseline vs full retrieval (and the Xapian peer when installed) on the shared
# BEIR sets, each query file split in two halves by line: part 1/2 is the tuning half (with an ablation
# of every ranking component), part 2/2 the held-out half the reported figures come from. Writes
# reports/retrieval-*.json and prints a comparison with bootstrap intervals. Skips without ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
beir=${EVIDENTIA_BEIR:-../shared/data/beir}
if [ ! -d "$beir/liveqa-medquad" ] || [ ! -d "$beir/bioasq-snippets" ]; then
  echo "eval:retrieval skipped: $beir not found (the shared data sets sit beside the project root)"
  exit 0
fi
mkdir -p reports
peer=no
if /usr/bin/python3 -c 'import xapian' 2>/dev/null && [ -f ../shared/tools/peer-bm25-xapian.py ]; then peer=yes; fi
halves=$(mktemp -d)
trap 'rm -rf "$halves"' EXIT

run() { # name, dir, queries, qrels
  local name=$1 dir=$2 queries=$3 qrels=$4
  for part in 1 2; do
    local extra=()
    [ "$part" = 1 ] && extra=(--ablate)
    node bin/evidentia.js eval retrieval --beir "$dir" --queries "$queries" --qrels "$qrels" --part "$part/2" --compare "${extra[@]}" \
      --json "reports/retrieval-$name-h$part.json"
    if [ "$peer" = yes ]; then
      # The same half of the query file's lines, so the peer answers exactly the queries Evidentia did.
      awk -v p="$part" 'NR % 2 == p % 2' "$queries" > "$halves/$name-h$part.jsonl"
      /usr/bin/python3 ../shared/tools/peer-bm25-xapian.py "$dir" "$halves/$name-h$part.jsonl" "$qrels" > "reports/peer-$name-h$part.json"
    else
      rm -f "reports/peer-$name-h$part.json"
    fi
    echo
  done
}

run liveqa "$beir/liveqa-medquad" "$beir/liveqa-medquad/queries.jsonl" "$beir/liveqa-medquad/qrels/test.tsv"
run liveqa-original "$beir/liveqa-medquad" "$beir/liveqa-medquad/queries-original.jsonl" "$beir/liveqa-medquad/qrels/test.tsv"
run bioasq-dev "$beir/bioasq-snippets" "$beir/bioasq-snippets/queries-dev.jsonl" "$beir/bioasq-snippets/qrels/dev.tsv"

[ "$peer" = yes ] || echo "Xapian peer not run: install Debian's python3-xapian (apt-get install -y python3-xapian) to compare against it"
exec node --import tsx scripts/retrieval-summary.ts liveqa liveqa-original bioasq-dev
