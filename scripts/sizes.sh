#!/usr/bin/env bash
# Prints raw and gzip sizes of the built app's assets.
set -euo pipefail
dist="${1:-dist}"
total_raw=0
total_gz=0
printf '  %-6s %10s %10s  %s\n' kind raw gzip file
for kind in wasm js css; do
  # The app's own folder (ladder-<hash>/) too; not a build nested in this one.
  for file in $(find "$dist" -maxdepth 2 -type f -name "*.$kind" -not -path "$dist/hooks/*" | sort); do
    raw=$(stat -c %s "$file")
    gz=$(gzip -9 -c "$file" | wc -c)
    total_raw=$((total_raw + raw))
    total_gz=$((total_gz + gz))
    printf '  %-6s %10s %10s  %s\n' "$kind" "$raw" "$gz" "${file#"$dist"/}"
  done
done
printf '  %-6s %10s %10s  (bytes)\n' total "$total_raw" "$total_gz"
