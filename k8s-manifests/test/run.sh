#!/usr/bin/env bash
# Offline checks of the Kubernetes manifests (no cluster, no network but the npm registry for npm ci):
# installs the pinned packages, then runs the tests, which build both overlays with `kubectl kustomize`,
# check them with check.mjs, and check that broken copies fail. Needs Node 20 and kubectl.
# Works from any directory; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
# Test files named explicitly: Node 20's bare `node --test` would also run check.mjs and the helpers,
# since this directory is called test.
node --test ./*.test.mjs
