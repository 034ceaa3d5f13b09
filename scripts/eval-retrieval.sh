#!/usr/bin/env bash
# npm run eval:retrieval — baseline vs full retrieval (and the Xapian peer when installed) on the shared
# BEIR sets; writes reports/retrieval-*.json and prints a comparison. Skips when ../shared is absent.
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

run() { # name, dir, queries, qrels
  local name=$1 dir=$2 queries=$3 qrels=$4
  node bin/evidentia.js eval retrieval --beir "$dir" --queries "$queries" --qrels "$qrels" --compare --json "reports/retrieval-$name.json"
  if [ "$peer" = yes ]; then
    /usr/bin/python3 ../shared/tools/peer-bm25-xapian.py "$dir" "$queries" "$qrels" > "reports/peer-$name.json"
  else
    rm -f "reports/peer-$name.json"
  fi
  echo
}

run liveqa "$beir/liveqa-medquad" "$beir/liveqa-medquad/queries.jsonl" "$beir/liveqa-medquad/qrels/test.tsv"
run liveqa-original "$beir/liveqa-medquad" "$beir/liveqa-medquad/queries-original.jsonl" "$beir/liveqa-medquad/qrels/test.tsv"
run bioasq-dev "$beir/bioasq-snippets" "$beir/bioasq-snippets/queries-dev.jsonl" "$beir/bioasq-snippets/qrels/dev.tsv"

[ "$peer" = yes ] || echo "Xapian peer not run: install Debian's python3-xapian (apt-get install -y python3-xapian) to compare against it"
exec node --import tsx scripts/retrieval-summary.ts liveqa liveqa-original bioasq-dev
