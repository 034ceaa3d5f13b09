#!/usr/bin/env bash
# npm run eval:answers — answer quality on the dev questions (bundled library only) and on MedicationQA
# and LiveQA with the shared documents imported; JSON reports go to reports/. Skips without ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -d "$shared/data" ]; then
  echo "eval:answers skipped: $shared/data not found (the shared evaluation sets sit beside the project root)"
  exit 0
fi
bash scripts/eval-dev.sh
for set in medication_qa live_qa; do
  echo "== $set (bundled library + ../shared/data/docs imported)"
  node bin/evidentia.js eval answers --questions "$shared/data/qa/$set.jsonl" --import "$shared/data/docs" --quiet --json "reports/eval-$set.json"
done
