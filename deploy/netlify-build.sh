#!/usr/bin/env bash
# Netlify build: install the .NET SDK when the build image lacks it, check the content, then build the site
# with its offline copy into output/.
#   production:               bash deploy/netlify-build.sh
#   deploy and branch previews: bash deploy/netlify-build.sh --drafts   (drafts shown, and never indexed)
# A content error (personal data, a broken link, a bad date...) stops the deploy, so the live site keeps
# its last good version; the Netlify deploy log shows each problem as file:line:col.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

drafts=false
for arg in "$@"; do
  if [ "$arg" = "--drafts" ]; then drafts=true; fi
done

dotnet build src/DhrLibrary.Cli -c Release -v quiet
cli() { dotnet src/DhrLibrary.Cli/bin/Release/net10.0/dhr-library.dll "$@"; }

cli check
cli build --with-offline-copy "$@"

if [ "$drafts" = true ]; then
  # Previews show unpublished drafts: tell search engines not to index any of it, even if a preview
  # address is shared. Netlify applies output/_headers on top of the [[headers]] in netlify.toml.
  printf '/*\n  X-Robots-Tag: noindex\n' >> output/_headers
  echo "Preview build: drafts included, every page sent with X-Robots-Tag: noindex."
fi
