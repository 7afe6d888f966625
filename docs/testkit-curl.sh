#!/usr/bin/env bash
# The whole Blåresept send flow against the standalone testkit mock, with curl and jq only — for EPJs
# not written in Java. Start the mock first:
#   java -jar blaresept-sdk-testkit/target/blaresept-sdk-testkit-<version>-standalone.jar --port 8089
# then run:  docs/testkit-curl.sh [BASE_URL]      (default http://127.0.0.1:8089)
# Each step prints its outcome; the rehearsal report comes last. blaresept-sdk-testkit's
# KontrollCurlTest and StandaloneJarIT (against the built jar) run this script, so it stays true.
set -euo pipefail

BASE=${1:-http://127.0.0.1:8089}
API="$BASE/api/blaresept"
CONTROL="$BASE/__blaresept"
FNR=16856040031   # Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer(): synthetic, sent to manual processing

uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr 'A-Z' 'a-z'; }

# One API call: every call carries a token, a fresh correlation id and a User-Agent naming the EPJ.
api() {
  local method=$1 path=$2 body=${3:-}
  curl -sS --fail-with-body -X "$method" "$API$path" \
    -H 'Authorization: Bearer test' \
    -H "X-Correlation-ID: $(uuid)" \
    -H 'User-Agent: curl-epj/1.0 (EPJ: Curl-EPJ/1.0)' \
    -H 'Content-Type: application/json' \
    ${body:+-d "$body"}
}

control() {
  curl -sS --fail-with-body -X POST "$CONTROL/$1" -H 'Content-Type: application/json' ${2:+-d "$2"}
}

control reset
control rapport/nullstill

forskrivning="{\"pasient\":{\"fodselsnummer\":\"$FNR\"},\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\",
  \"produkt\":{\"produkttype\":\"LEGEMIDDEL\",\"atcKode\":\"A10BJ06\"}}"

# 1. The decision lookup always comes first (F-0.1).
echo "vedtak/sok: $(api POST /vedtak/sok "$forskrivning" | jq -r .utfall)"

# 2. del1 starts the application: keep soknadId and skjemaversjon, answer part 1 on the prefilled data.
del=$(api POST /soknad/del1 "$forskrivning")
id=$(jq -r .soknadId <<<"$del")
versjon=$(jq -r .skjemaversjon <<<"$del")
echo "del1: $(jq -r .utfall <<<"$del")"
body() { jq -c --arg id "$id" --arg v "$versjon" '{soknadId: $id, skjemaversjon: $v, skjemadata: .}'; }

# 3. del2 and del3 carry id, version and the answers so far (F-2.1).
del=$(jq '.skjemadata | .legemiddel.dosering = "0,25 mg én gang i uken"' <<<"$del" | body | api POST /soknad/del2 "$(cat)")
echo "del2: $(jq -r .utfall <<<"$del")"
del=$(jq '.skjemadata | .diagnoser = [{"kodeverk": "ICD-10", "kode": "E11"}]' <<<"$del" | body | api POST /soknad/del3 "$(cat)")
echo "del3: $(jq -r .utfall <<<"$del")"
innsending=$(jq '.skjemadata | .erklaering = {"bekreftetRiktig": true}' <<<"$del" | body)

# 4. valider before send (F-3.1); send once, never blindly again (F-3.2).
echo "valider: gyldig=$(api POST /soknad/valider "$innsending" | jq -r .gyldig)"
sendt=$(api POST /soknad/send "$innsending")
ref=$(jq -r .soknadsreferanse <<<"$sendt")
echo "send: $(jq -r .utfall <<<"$sendt") $ref"

# 5. Manual processing: look status up by the reference (F-3.8); a case officer decides; look again.
echo "status: $(api GET "/soknad/status/$ref" | jq -r .status)"
control avgjor "{\"soknadsreferanse\":\"$ref\",\"innvilget\":true}"
echo "status: $(api GET "/soknad/status/$ref" | jq -r .status)"

# 6. The rehearsal report on what this EPJ did (Markdown; ?format=json for CI).
curl -sS --fail-with-body "$CONTROL/rapport"
