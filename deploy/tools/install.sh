#!/usr/bin/env bash
# Installs the tools that check the deployment offline: helm (built from the Go module proxy),
# kubernetes-validate (PyPI, in a venv; it bundles the Kubernetes schemas) and Debian's docker-compose.
# Idempotent and instant once cached under $CARTA_CACHE_DIR (the engines' cache). Prints, on stdout,
# the variables the checks read (`eval "$(bash deploy/tools/install.sh)"`); progress goes to stderr.
set -euo pipefail

HELM_VERSION=v3.22.0
KUBERNETES_VALIDATE_VERSION=1.37.0
CARTA_CACHE_DIR="${CARTA_CACHE_DIR:-$HOME/.cache/carta}"
HELM_DIR="$CARTA_CACHE_DIR/helm/$HELM_VERSION"
VALIDATE_DIR="$CARTA_CACHE_DIR/kubernetes-validate/$KUBERNETES_VALIDATE_VERSION"

say() { printf '[deploy-tools] %s\n' "$*" >&2; }
die() { printf '[deploy-tools] error: %s\n' "$*" >&2; exit 1; }

if [ ! -x "$HELM_DIR/helm" ]; then
  command -v go >/dev/null || die "go is required to build helm (apt-get install -y golang, or https://go.dev/dl)"
  say "building helm $HELM_VERSION from the Go module proxy (first run only; minutes on 2 cores)"
  mkdir -p "$HELM_DIR"
  # Built into a temporary directory and moved: an interrupted build never leaves a half-written binary.
  CGO_ENABLED=0 GOFLAGS=-trimpath GOBIN="$HELM_DIR/.build" go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >"$HELM_DIR/build.log" 2>&1 \
    || { tail -n 40 "$HELM_DIR/build.log" >&2; die "could not build helm"; }
  mv "$HELM_DIR/.build/helm" "$HELM_DIR/helm" && rmdir "$HELM_DIR/.build"
fi

# The marker is written last: an interrupted install is redone, not trusted.
if [ ! -f "$VALIDATE_DIR/.installed" ]; then
  command -v python3 >/dev/null || die "python3 is required for kubernetes-validate"
  say "installing kubernetes-validate $KUBERNETES_VALIDATE_VERSION into $VALIDATE_DIR (first run only)"
  rm -rf "$VALIDATE_DIR"
  python3 -m venv "$VALIDATE_DIR"
  "$VALIDATE_DIR/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION" >&2 \
    || { rm -rf "$VALIDATE_DIR"; die "could not install kubernetes-validate"; }
  touch "$VALIDATE_DIR/.installed"
fi

# Debian's docker-compose (validates docker-compose.yml; no Docker daemon needed), the way
# deploy/browser/install.sh installs Chromium: dpkg-query first, apt only when missing.
if [ "$(dpkg-query -W -f='${Status}' docker-compose 2>/dev/null || true)" != "install ok installed" ] || [ ! -x /usr/bin/docker-compose ]; then
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "run as root (or install sudo) to install docker-compose"
    sudo=(sudo)
  fi
  say "installing docker-compose (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
  [ -x /usr/bin/docker-compose ] || die "/usr/bin/docker-compose is still missing after installing docker-compose"
fi

echo "CARTA_HELM=$HELM_DIR/helm"
echo "CARTA_KUBERNETES_VALIDATE=$VALIDATE_DIR/bin/kubernetes-validate"
echo "CARTA_DOCKER_COMPOSE=/usr/bin/docker-compose"
