#!/usr/bin/env bash
# npm run eval:dev — key-point recall on ../shared/eval/dev-questions.jsonl; skips when ../shared is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
questions=../shared/eval/dev-questions.jsonl
if [ ! -f "$questions" ]; then
  echo "eval:dev skipped: $questions not found (the shared evaluation sets sit beside the project root)"
  exit 0
fi
exec node bin/evidentia.js eval answers --questions "$questions" --json reports/eval-dev.json
