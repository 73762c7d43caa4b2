#!/usr/bin/env sh
# Regenerates the SPA's typed API client in the template from the backend's schema, per auth
# mode (the schemas differ: only jwt has the refresh call). Run it after changing the API.
#   jwt:     {{cookiecutter.project_slug}}/frontend/openapi.json and frontend/src/api/
#   session: {{cookiecutter.project_slug}}/.api-variants/session/, the files that differ from
#            jwt's, which the bake hook lays over them
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
UV=$("$here/scripts/ensure-uv.sh")
project_dir="$here/{{cookiecutter.project_slug}}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for mode in jwt session; do
  $UV run --project "$here" --locked cookiecutter --no-input -f -o "$work/$mode" "$here" \
    auth_mode="$mode"
  make -C "$work/$mode/my_project" api-client UV="$UV"
done

jwt="$work/jwt/my_project/frontend"
session="$work/session/my_project/frontend"
if ! diff -q -r -x '*.ts' -x 'openapi.json' "$jwt/src/api" "$session/src/api" >/dev/null ||
  [ "$(cd "$jwt/src/api" && find . | sort)" != "$(cd "$session/src/api" && find . | sort)" ]; then
  echo "The two clients have different files: the overlay in .api-variants cannot say that." >&2
  exit 1
fi

cp "$jwt/openapi.json" "$project_dir/frontend/openapi.json"
rm -rf "$project_dir/frontend/src/api" "$project_dir/.api-variants"
cp -R "$jwt/src/api" "$project_dir/frontend/src/api"
for file in openapi.json $(cd "$session" && find src/api -type f); do
  if ! cmp -s "$jwt/$file" "$session/$file"; then
    mkdir -p "$(dirname "$project_dir/.api-variants/session/frontend/$file")"
    cp "$session/$file" "$project_dir/.api-variants/session/frontend/$file"
  fi
done
echo "API client regenerated for jwt and session; review and commit the changes."
