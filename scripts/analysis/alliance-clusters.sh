#!/usr/bin/env bash
# Alliance clusters: the Louvain communities of the cooperation network (places and
# organizations joined by COOPERATES_WITH), with their villages, organizations and
# the forms of cooperation (党建联建, 联盟, …) that tie them.
# Usage: scripts/analysis/alliance-clusters.sh [LIMIT]   (default 10; needs `npm start` first)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec node "$root/dist/cli.js" query analytics-alliance-clusters --param "limit=${1:-10}"
