#!/bin/bash
# Precision run: mitid-ux check over whole real repositories (snapshots in /work/.mirror, fetched
# with the session's fetch tool), one JSON report per repository in $PRECISION_WORK/out (default /tmp/mitid-precision).
# Nothing third-party is committed: the trees are extracted outside the repository (inside it, its .gitignore would hide them).
# usage: bench/precision/run.sh [owner+name ...]   (default: every line of repos.txt)
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
work=${PRECISION_WORK:-/tmp/mitid-precision}; mkdir -p "$work/src" "$work/out"
echo '{}' > "$work/empty.json"
repos=("$@"); [ ${#repos[@]} -eq 0 ] && mapfile -t repos < <(awk '!/^#/ && NF {print $1}' "$here/repos.txt")
for r in "${repos[@]}"; do
  git=/work/.mirror/$r/repo
  [ -d "$git" ] || { echo "$r: no snapshot in /work/.mirror (fetch github:${r/+//} first)"; continue; }
  want=$(awk -v r="$r" '$1==r {print $2}' "$here/repos.txt"); want=${want:-HEAD}
  dst=$work/src/$r; rm -rf "$dst"; mkdir -p "$dst"
  # skip blobs the snapshot does not hold (large binaries), else git archive stops half way
  missing=$(git --git-dir="$git" ls-tree -r "$want" | awk '{print $3}' |
    git --git-dir="$git" cat-file --batch-check 2>/dev/null | awk '$2=="missing" {print $1}')
  ex=()
  if [ -n "$missing" ]; then
    while IFS=$'\t' read -r meta path; do ex+=(":(exclude,literal)$path"); done \
      < <(git --git-dir="$git" ls-tree -r "$want" | grep -F -f <(echo "$missing"))
  fi
  git --git-dir="$git" archive "$want" -- . "${ex[@]}" 2>/dev/null | tar -x -C "$dst"
  cfg=(); s=$(date +%s.%N)
  (cd "$work" && timeout 600 node "$root/cli/dist/mitid-ux.js" check "src/$r" --format json > "out/$r.json" 2> "out/$r.err")
  rc=$?
  if grep -q "settings.mitid are unknown" "$work/out/$r.err"; then   # its eslint config needs npm ci
    cfg=(--config "$work/empty.json"); s=$(date +%s.%N)
    (cd "$work" && timeout 600 node "$root/cli/dist/mitid-ux.js" check "src/$r" "${cfg[@]}" --format json > "out/$r.json" 2> "out/$r.err")
    rc=$?
  fi
  echo "$r $want rc=$rc secs=$(echo "$(date +%s.%N) - $s" | bc) config=${cfg[1]:+empty}" | tee -a "$work/out/log.txt"
done
