#!/usr/bin/env bash
# Builds the offline FHIR validator once and fetches the conformance packages it loads; a no-op
# when nothing changed (stamp of the pom, the sources and the package list). First build: Maven
# Central (HAPI FHIR) and the npm registry (hl7.fhir.us.mcode). Prints the classpath dir and packages.
set -euo pipefail
cd "$(dirname "$0")"
PACKAGES=(hl7.fhir.us.mcode@4.0.0)
stamp=$( (cat pom.xml build.sh; find src -type f | sort | xargs cat) | sha256sum | cut -c1-16)
if [[ -f target/.stamp && "$(cat target/.stamp)" == "$stamp" ]]; then exit 0; fi
echo "== building the FHIR validator (HAPI FHIR, Maven; first time downloads from Maven Central)" >&2
mvn -B -q package -DskipTests >&2
mkdir -p target/packages
for spec in "${PACKAGES[@]}"; do
  name=${spec%@*}
  rm -rf "target/packages/$name" && mkdir -p "target/packages/$name"
  tarball=$(cd target/packages && npm pack --silent "$spec")
  tar -xzf "target/packages/$tarball" -C "target/packages/$name"
  rm "target/packages/$tarball"
done
echo "$stamp" > target/.stamp
