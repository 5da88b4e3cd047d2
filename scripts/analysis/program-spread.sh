#!/usr/bin/env bash
# How programs spread across counties: each program with the counties its implementers
# lie in (places and organizations by LOCATED_IN, officials by the place of their post),
# most widespread first, with its PageRank and community.
# Usage: scripts/analysis/program-spread.sh [LIMIT]   (default 20; needs `npm start` first)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec node "$root/dist/cli.js" query analytics-program-spread --param "limit=${1:-20}"
