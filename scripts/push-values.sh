#!/usr/bin/env bash
# Pushes monthly values from a CSV export (a CRM report, a spreadsheet) to ChatCoach's values API.
#   CHATCOACH_URL=https://coach.example.com CHATCOACH_TOKEN=cc_… scripts/push-values.sh FILE.csv [SOURCE]
# FILE.csv has a header line, then rows of: indicator,period,value[,note]   e.g.
#   indicator,period,value,note
#   cost-per-qualified-opp,2026-10,412,October close
#   win-rate-non-price,2026-10,31%,
# Each row is one POST with an Idempotency-Key made from the row, so a second run of the same file
# stores nothing twice. Notes must not contain commas (keep the export simple) or double quotes.
# Exit status: 0 when every row was stored (or already was), 1 when any row was refused.
set -euo pipefail
file="${1:?usage: push-values.sh FILE.csv [SOURCE]}"
source_name="${2:-$(basename "$file")}"
url="${CHATCOACH_URL:?set CHATCOACH_URL, e.g. https://coach.example.com}"
token="${CHATCOACH_TOKEN:?set CHATCOACH_TOKEN to a token with the write:values scope}"

json_string() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }

failed=0
line=0
while IFS=, read -r indicator period value note || [ -n "${indicator:-}" ]; do
  line=$((line + 1))
  [ "$line" -eq 1 ] && continue                      # the header
  indicator="${indicator//$'\r'/}"; period="${period//$'\r'/}"; value="${value//$'\r'/}"; note="${note//$'\r'/}"
  [ -z "$indicator" ] && continue
  body="{\"period\":$(json_string "$period"),\"value\":$(json_string "$value"),\"source\":$(json_string "$source_name")"
  [ -n "$note" ] && body="$body,\"note\":$(json_string "$note")"
  body="$body}"
  key="push-$(printf '%s' "$indicator|$period|$value|$note" | sha256sum | cut -c1-32)"
  for attempt in 1 2 3; do
    status=$(curl -sS -o /tmp/push-values.$$ -D /tmp/push-values-headers.$$ -w '%{http_code}' -X POST "$url/api/v1/indicators/$indicator/values" \
      -H "Authorization: Bearer $token" -H "Content-Type: application/json" -H "Idempotency-Key: $key" --data "$body")
    # Over the token's rate limit (429) or the first try still running (409): wait as told, then retry
    # with the same key, which can never store the row twice.
    [ "$status" = 429 ] || [ "$status" = 409 ] || break
    wait_for=$(awk 'tolower($1) == "retry-after:" { print $2 + 0 }' /tmp/push-values-headers.$$)
    sleep "${wait_for:-5}"
  done
  if [ "$status" = 201 ]; then
    echo "line $line: $indicator $period stored"
  else
    echo "line $line: $indicator $period refused ($status): $(cat /tmp/push-values.$$)" >&2
    failed=1
  fi
done < "$file"
rm -f /tmp/push-values.$$ /tmp/push-values-headers.$$
exit "$failed"
