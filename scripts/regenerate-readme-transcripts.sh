#!/usr/bin/env bash
# Rewrites the README's marked console transcripts (<!-- replay ... --> above a ```text block) with
# what the console prints today, on each block's fixed clock. Run it after a deliberate change of
# wording, then read the diff: ReadmeTranscriptTests fails until the README and the console agree.
set -euo pipefail
cd "$(dirname "$0")/.."
CHATCOACH_REGENERATE_README=1 dotnet test tests/ChatCoach.Host.Tests --filter "FullyQualifiedName~ReadmeTranscriptTests" "$@"
git --no-pager diff --stat -- README.md
