#!/usr/bin/env bash
# The baseline the action must beat: the same Cryptshare lifecycle as a hand-rolled bash + curl
# script (token, policy, session, sha256sum, register, upload, finalize, poll), sequential, as
# release teams write it today. Usage: bench-curl.sh BASE_URL CLIENT_ID SENDER RECIPIENT FILE...
set -euo pipefail
base="$1/api"; client_id="$2"; sender="$3"; recipient="$4"; shift 4
h=(-H "X-CS-ClientId: $client_id" -H "X-CS-MajorApiVersion: 1" -H "X-CS-MinimumMinorApiVersion: 8")
json=(-H "Content-Type: application/json")
user="$base/users/$sender"

token=$(curl -sf "${h[@]}" "${json[@]}" -X POST -d '{}' "$user/verification/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
h+=(-H "X-CS-VerificationToken: $token")
curl -sf "${h[@]}" "${json[@]}" -X POST -d "{\"recipients\":[\"$recipient\"]}" "$user/transfer-policy" > /dev/null
password=$(curl -sf "${h[@]}" "$base/password" | sed -E 's/.*"password":"([^"]+)".*/\1/')
location=$(curl -sf -D - -o /dev/null "${h[@]}" "${json[@]}" -X POST \
  -d "{\"sender\":{\"name\":\"bench\",\"phone\":\"\"},\"recipients\":{\"to\":[{\"mail\":\"$recipient\"}],\"cc\":[],\"bcc\":[]}}" \
  "$user/transfer-sessions" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
tid="${location##*/}"
session="$user/transfer-sessions/$tid"
curl -sf "${h[@]}" "${json[@]}" -X PATCH -o /dev/null \
  -d "{\"securityMode\":{\"name\":\"ONE_TIME_PASSWORD\",\"config\":{\"passwordMode\":\"MANUAL\",\"password\":\"$password\"}}}" "$session"
for file in "$@"; do
  sum=$(sha256sum "$file" | cut -d' ' -f1)
  size=$(stat -c %s "$file")
  name=$(basename "$file")
  file_id=$(curl -sf "${h[@]}" "${json[@]}" -X POST -d "{\"fileName\":\"$name\",\"size\":$size,\"checksum\":\"$sum\"}" "$session/files" | sed -E 's/.*"fileId":"([^"]+)".*/\1/')
  curl -sf "${h[@]}" -H "Content-Type: application/octet-stream" -T "$file" -o /dev/null "$session/files/$file_id/content"
done
curl -sf "${h[@]}" -X POST -o /dev/null "$session"
until curl -sf "${h[@]}" "$user/transfers/$tid" | grep -q '"state":"ACTIVE"'; do sleep 0.2; done
echo "$tid"
