#!/usr/bin/env bash
# Which officials broker between others: persons holding a post, ranked by the
# betweenness `kg analyze` wrote to Neo4j, with their posts, PageRank and community.
# Usage: scripts/analysis/top-officials.sh [LIMIT]   (default 10; needs `npm start` first)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec node "$root/dist/cli.js" query analytics-top-officials-betweenness --param "limit=${1:-10}"
