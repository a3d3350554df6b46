#!/usr/bin/env bash
# After a deploy: exercises each family once against the real web-function URL and says what passed.
#
#   deploy/smoke.sh https://<your-function-url>            # the web function (aPaaS, RoomService, /video over HTTP)
#   TCB_ENV_ID=<env> deploy/smoke.sh https://<url>         # also one CloudBase function, through the tcb CLI
#
# It registers a throwaway aPaaS user "smoke-<time>", logs in, enters, leaves and destroys a room,
# does the same in RoomService with the user's UserSig, and deletes the user at the end.
# Needs bash, curl and md5sum. Exit status: the number of failed checks (0 = all passed).
set -u
base=${1:?usage: deploy/smoke.sh <web-function URL>}
base=${base%/}
failed=0
passed=0

post() { # post PATH [BODY] [extra curl args...]
  local path=$1 body=${2:-}
  shift 2 2>/dev/null || shift $#
  curl -sS -m 15 -X POST -H 'Content-Type: application/json' "$@" --data "${body:-{\}}" "$base$path" 2>&1
}
field() { # field NAME JSON: the first string or number value of "NAME"
  printf '%s' "$2" | sed -n 's/.*"'"$1"'" *: *"\{0,1\}\([^",}]*\).*/\1/p' | head -n 1
}
check() { # check DESCRIPTION ANSWER EXTENDED-REGEX
  if printf '%s' "$2" | grep -Eq "$3"; then
    passed=$((passed + 1)); printf 'PASS  %s\n' "$1"
  else
    failed=$((failed + 1)); printf 'FAIL  %s\n      answer: %.300s\n' "$1" "$2"
  fi
}

stamp=$(date +%s)
user="smoke-$stamp"
salt=$(printf '%s' "$user-$RANDOM-$stamp" | md5sum | cut -c1-32)
echo "smoke test of $base as aPaaS user $user"

# aPaaS: /base/v1 (register, signature login, user_query, a room's life, user_delete)
check "aPaaS oauth/register" "$(post /base/v1/oauth/register "{\"username\":\"$user\",\"salt\":\"$salt\"}")" '"errorCode" *: *0'
ts=$(($(date +%s) * 1000)); nonce=$RANDOM$RANDOM
signature=$(printf '%s' "$user--$ts-$nonce-$salt" | md5sum | cut -c1-32)
login=$(post /base/v1/oauth/signature "{\"username\":\"$user\",\"signature\":\"$signature\",\"ts\":\"$ts\",\"nonce\":\"$nonce\"}")
check "aPaaS oauth/signature" "$login" '"errorCode" *: *0.*"token"'
token=$(field token "$login"); userId=$(field userId "$login"); userSig=$(field userSig "$login"); sdkAppId=$(field sdkAppId "$login")
auth=(-H "Authorization: Bearer $token")
check "aPaaS auth_users/user_query (MySQL)" "$(post /base/v1/auth_users/user_query '{}' "${auth[@]}")" '"errorCode" *: *0'
check "aPaaS auth_users/user_keepalive (Redis)" "$(post /base/v1/auth_users/user_keepalive '{}' "${auth[@]}")" '"errorCode" *: *0'
room="smoke$stamp"
check "aPaaS rooms/enter_room" "$(post /base/v1/rooms/enter_room "{\"appId\":\"$sdkAppId\",\"roomId\":\"$room\",\"role\":\"anchor\"}" "${auth[@]}")" '"errorCode" *: *0'
check "aPaaS rooms/room_detail" "$(post /base/v1/rooms/room_detail "{\"roomId\":\"$room\"}" "${auth[@]}")" '"errorCode" *: *0'
check "aPaaS rooms/leave_room" "$(post /base/v1/rooms/leave_room "{\"roomId\":\"$room\"}" "${auth[@]}")" '"errorCode" *: *0'
check "aPaaS rooms/destroy_room" "$(post /base/v1/rooms/destroy_room "{\"roomId\":\"$room\"}" "${auth[@]}")" '"errorCode" *: *0'
check "aPaaS under a stage prefix" "$(post /release/base/v1/auth_users/user_query '{}')" '"errorCode" *: *204'

# RoomService: /weapp (login with the user's UserSig, create, list, destroy, logout)
rs=$(curl -sS -m 15 -X POST --data '{}' "$base/weapp/multi_room/login?sdkAppID=$sdkAppId&accountType=1&userID=$userId&userSig=$userSig" 2>&1)
check "RoomService multi_room/login" "$rs" '"code" *: *0.*"token"'
q="userID=$userId&token=$(field token "$rs")"
created=$(curl -sS -m 15 -X POST -H 'Content-Type: application/json' --data '{"roomInfo":"smoke"}' "$base/weapp/multi_room/create_room?$q" 2>&1)
check "RoomService multi_room/create_room" "$created" '"code" *: *0.*"roomID"'
check "RoomService multi_room/get_room_list" "$(curl -sS -m 15 -X POST --data '{"index":0,"cnt":20}' "$base/weapp/multi_room/get_room_list?$q" 2>&1)" '"code" *: *0'
check "RoomService multi_room/destroy_room" "$(curl -sS -m 15 -X POST --data "{\"roomID\":\"$(field roomID "$created")\"}" "$base/weapp/multi_room/destroy_room?$q" 2>&1)" '"code" *: *0'
check "RoomService multi_room/logout" "$(curl -sS -m 15 -X POST --data '{}' "$base/weapp/multi_room/logout?$q" 2>&1)" '"code" *: *0'

# The video family over HTTP answers in its envelope; the local gateway's conveniences are not deployed.
check "video /video/webrtcroom-get-room-list asks for an identity" "$(post /video/webrtcroom-get-room-list '{}')" '"code" *: *10003'
check "no /_dev/token in production" "$(curl -sS -m 15 -o /dev/null -w '%{http_code}' -X POST --data '{"userId":"x"}' "$base/_dev/token" 2>&1)" '^404$'
check "no /_invoke in production" "$(curl -sS -m 15 -o /dev/null -w '%{http_code}' -X POST --data '{}' "$base/_invoke/video" 2>&1)" '^404$'

check "aPaaS auth_users/user_delete (clean-up)" "$(post /base/v1/auth_users/user_delete '{}' "${auth[@]}")" '"errorCode" *: *0'

# CloudBase: one mini-program function through Tencent's CLI (the caller there has no openId: 10003).
if [ -n "${TCB_ENV_ID:-}" ] && command -v tcb >/dev/null 2>&1; then
  check "CloudBase webrtcroom-get-room-list answers an object" \
    "$(tcb fn invoke webrtcroom-get-room-list -e "$TCB_ENV_ID" --params '{"skip":0,"limit":1}' 2>&1)" '"code" *: *(0|10003)'
else
  echo "SKIP  CloudBase (set TCB_ENV_ID and install @cloudbase/cli to include it)"
fi

echo "$passed passed, $failed failed"
exit "$failed"
